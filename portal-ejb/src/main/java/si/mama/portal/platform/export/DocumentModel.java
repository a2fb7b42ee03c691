package si.mama.portal.platform.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A printable document described once and rendered to any office format: headings, paragraphs, lists and
 * tables. Features build one of these; {@link PdfExport} and {@link DocxExport} lay it out.
 */
public final class DocumentModel {

    /** One part of the document, in reading order. */
    public sealed interface Block permits Heading, Paragraph, ItemList, Table, PageBreak {
    }

    /** Level 0 is the document title; 1 a chapter; 2 an area; 3 a project or sub-heading. */
    public record Heading(int level, String text) implements Block {
    }

    /** A paragraph, optionally led by a bold label such as "NAMEN:". */
    public record Paragraph(String label, String text) implements Block {
    }

    public record ItemList(String label, List<String> items, boolean numbered) implements Block {
    }

    /** A table under a caption (may be null); its header row repeats on every page. */
    public record Table(String caption, List<String> headers, List<List<String>> rows, float[] widths) implements Block {
    }

    public record PageBreak() implements Block {
    }

    private final String title;
    private final List<Block> blocks = new ArrayList<>();

    public DocumentModel(String title) {
        this.title = Objects.requireNonNull(title, "title");
    }

    public DocumentModel heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    public DocumentModel paragraph(String text) {
        return labelled(null, text);
    }

    /** Adds "LABEL: text"; nothing when the text is empty. */
    public DocumentModel labelled(String label, String text) {
        if (text != null && !text.isBlank()) {
            blocks.add(new Paragraph(label, text));
        }
        return this;
    }

    /** Adds a labelled list; nothing when there are no items. */
    public DocumentModel list(String label, List<String> items, boolean numbered) {
        if (!items.isEmpty()) {
            blocks.add(new ItemList(label, List.copyOf(items), numbered));
        }
        return this;
    }

    public DocumentModel table(String caption, List<String> headers, List<List<String>> rows, float... widths) {
        if (widths.length != headers.size()) {
            throw new IllegalArgumentException("one width per column");
        }
        blocks.add(new Table(caption, List.copyOf(headers), List.copyOf(rows), widths.clone()));
        return this;
    }

    public DocumentModel pageBreak() {
        blocks.add(new PageBreak());
        return this;
    }

    public String title() {
        return title;
    }

    public List<Block> blocks() {
        return List.copyOf(blocks);
    }
}
