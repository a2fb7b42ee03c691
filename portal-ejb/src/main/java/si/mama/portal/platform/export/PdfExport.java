package si.mama.portal.platform.export;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.List;
import com.lowagie.text.ListItem;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * Renders a {@link DocumentModel} as PDF with OpenPDF. The built-in Helvetica in the Central European code
 * page (CP1250) covers Slovenian letters without embedding a font file.
 */
public final class PdfExport {

    private static final Color ACCENT = new Color(0x1f, 0x4e, 0x79);
    private static final Color HEADER_FILL = new Color(0xdd, 0xe7, 0xf0);

    private final Font body;
    private final Font bold;
    private final Font[] headings;

    public PdfExport() {
        BaseFont regular = font(BaseFont.HELVETICA);
        BaseFont strong = font(BaseFont.HELVETICA_BOLD);
        body = new Font(regular, 10);
        bold = new Font(strong, 10);
        headings = new Font[] {
            new Font(strong, 20, Font.NORMAL, ACCENT),
            new Font(strong, 16, Font.NORMAL, ACCENT),
            new Font(strong, 13, Font.NORMAL, ACCENT),
            new Font(strong, 11, Font.NORMAL, Color.DARK_GRAY)
        };
    }

    private static BaseFont font(String name) {
        try {
            return BaseFont.createFont(name, BaseFont.CP1250, BaseFont.NOT_EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("Built-in font " + name + " unavailable", e);
        }
    }

    public byte[] render(DocumentModel model) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 56, 56, 56, 56);
        PdfWriter.getInstance(document, out);
        document.addTitle(model.title());
        document.open();
        for (DocumentModel.Block block : model.blocks()) {
            add(document, block);
        }
        document.close();
        return out.toByteArray();
    }

    private void add(Document document, DocumentModel.Block block) {
        if (block instanceof DocumentModel.Heading heading) {
            Paragraph paragraph = new Paragraph(heading.text(), headings[Math.min(heading.level(), 3)]);
            paragraph.setSpacingBefore(heading.level() <= 1 ? 18 : 12);
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        } else if (block instanceof DocumentModel.Paragraph text) {
            Paragraph paragraph = new Paragraph();
            if (text.label() != null) {
                paragraph.add(new Chunk(text.label() + " ", bold));
            }
            paragraph.add(new Chunk(text.text(), body));
            paragraph.setSpacingAfter(6);
            document.add(paragraph);
        } else if (block instanceof DocumentModel.ItemList items) {
            document.add(new Paragraph(items.label(), bold));
            List list = new List(items.numbered(), 14);
            for (String item : items.items()) {
                list.add(new ListItem(item, body));
            }
            document.add(list);
            document.add(new Paragraph(" ", body));
        } else if (block instanceof DocumentModel.Table table) {
            document.add(table(table));
        } else if (block instanceof DocumentModel.PageBreak) {
            document.newPage();
        }
    }

    private PdfPTable table(DocumentModel.Table model) {
        PdfPTable table = new PdfPTable(model.widths());
        table.setWidthPercentage(100);
        table.setHeaderRows(model.caption() == null ? 1 : 2);
        table.setSpacingBefore(4);
        table.setSpacingAfter(10);
        if (model.caption() != null) {
            // the caption rides in the table, so it never stays behind alone at the foot of a page
            PdfPCell caption = new PdfPCell(new Phrase(model.caption(), bold));
            caption.setColspan(model.headers().size());
            caption.setBorder(PdfPCell.NO_BORDER);
            caption.setPaddingBottom(6);
            table.addCell(caption);
        }
        for (String header : model.headers()) {
            PdfPCell cell = new PdfPCell(new Phrase(header, bold));
            cell.setBackgroundColor(HEADER_FILL);
            cell.setPadding(4);
            table.addCell(cell);
        }
        for (java.util.List<String> row : model.rows()) {
            for (String value : row) {
                PdfPCell cell = new PdfPCell(new Phrase(value == null ? "" : value, body));
                cell.setPadding(4);
                cell.setLeading(0, 1.3f);
                cell.setVerticalAlignment(Element.ALIGN_TOP);
                table.addCell(cell);
            }
        }
        return table;
    }

}
