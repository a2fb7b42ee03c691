package si.mama.portal.platform.export;

import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;

/**
 * Renders a {@link DocumentModel} as a Word document (DOCX) with Apache POI, so the office can keep
 * editing the text in the tool it knows.
 */
public final class DocxExport {

    private static final String ACCENT = "1F4E79";
    private static final int[] HEADING_SIZES = {20, 16, 13, 11};
    private static final int TABLE_WIDTH_TWIPS = 9000;

    public byte[] render(DocumentModel model) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(model.title());
            a4(document);
            for (DocumentModel.Block block : model.blocks()) {
                add(document, block);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(XWPFDocument document, DocumentModel.Block block) {
        if (block instanceof DocumentModel.Heading heading) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingBefore(heading.level() <= 1 ? 360 : 240);
            paragraph.setSpacingAfter(120);
            XWPFRun run = paragraph.createRun();
            run.setBold(true);
            run.setColor(ACCENT);
            run.setFontSize(HEADING_SIZES[Math.min(heading.level(), 3)]);
            run.setText(heading.text());
        } else if (block instanceof DocumentModel.Paragraph text) {
            XWPFParagraph paragraph = document.createParagraph();
            if (text.label() != null) {
                XWPFRun label = paragraph.createRun();
                label.setBold(true);
                label.setText(text.label() + " ");
            }
            lines(paragraph.createRun(), text.text());
        } else if (block instanceof DocumentModel.ItemList items) {
            XWPFRun label = document.createParagraph().createRun();
            label.setBold(true);
            label.setText(items.label());
            int number = 1;
            for (String item : items.items()) {
                XWPFParagraph paragraph = document.createParagraph();
                paragraph.setIndentationLeft(360);
                lines(paragraph.createRun(), (items.numbered() ? number++ + ". " : "• ") + item);
            }
        } else if (block instanceof DocumentModel.Table table) {
            table(document, table);
        } else if (block instanceof DocumentModel.PageBreak) {
            document.createParagraph().createRun().addBreak(BreakType.PAGE);
        }
    }

    private static void table(XWPFDocument document, DocumentModel.Table model) {
        if (model.caption() != null) {
            XWPFRun caption = document.createParagraph().createRun();
            caption.setBold(true);
            caption.setText(model.caption());
        }
        XWPFTable table = document.createTable(model.rows().size() + 1, model.headers().size());
        table.setWidth(Integer.toString(TABLE_WIDTH_TWIPS));
        float total = 0;
        for (float width : model.widths()) {
            total += width;
        }
        // word processors size columns by the table grid, not by the cells
        CTTblGrid grid = table.getCTTbl().getTblGrid() == null ? table.getCTTbl().addNewTblGrid() : table.getCTTbl().getTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        for (float width : model.widths()) {
            grid.addNewGridCol().setW(BigInteger.valueOf(Math.round(TABLE_WIDTH_TWIPS * width / total)));
        }
        table.getCTTbl().getTblPr().addNewTblLayout().setType(STTblLayoutType.FIXED);
        fill(table.getRow(0), model.headers(), true, model.widths(), total);
        table.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < model.rows().size(); i++) {
            fill(table.getRow(i + 1), model.rows().get(i), false, model.widths(), total);
        }
        document.createParagraph();
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean header, float[] widths, float total) {
        for (int column = 0; column < values.size(); column++) {
            XWPFTableCell cell = row.getCell(column);
            cell.getCTTc().addNewTcPr().addNewTcW().setW(
                    BigInteger.valueOf(Math.round(TABLE_WIDTH_TWIPS * widths[column] / total)));
            if (header) {
                cell.setColor("DDE7F0");
            }
            XWPFRun run = cell.getParagraphs().get(0).createRun();
            run.setBold(header);
            lines(run, values.get(column) == null ? "" : values.get(column));
        }
    }

    /** A4 with 2.5 cm margins, as the network prints its documents. */
    private static void a4(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().isSetSectPr()
                ? document.getDocument().getBody().getSectPr() : document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
        size.setW(BigInteger.valueOf(11906));
        size.setH(BigInteger.valueOf(16838));
        CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
        BigInteger margin = BigInteger.valueOf(1418);
        margins.setTop(margin);
        margins.setBottom(margin);
        margins.setLeft(margin);
        margins.setRight(margin);
    }

    /** Writes text with its line breaks kept as breaks inside one paragraph. */
    private static void lines(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
