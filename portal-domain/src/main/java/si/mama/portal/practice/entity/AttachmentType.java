package si.mama.portal.practice.entity;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of files a practice may carry, recognised by their content (the first bytes), never by the name alone:
 * images (shown on the page) and documents (downloaded). SVG is deliberately absent: it may carry scripts.
 */
public enum AttachmentType {
    PNG("image/png", List.of("png"), true),
    JPEG("image/jpeg", List.of("jpg", "jpeg"), true),
    WEBP("image/webp", List.of("webp"), true),
    PDF("application/pdf", List.of("pdf"), false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", List.of("docx"), false);

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final byte[] JPEG_SIGNATURE = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};
    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final String contentType;
    private final List<String> extensions;
    private final boolean image;

    AttachmentType(String contentType, List<String> extensions, boolean image) {
        this.contentType = contentType;
        this.extensions = extensions;
        this.image = image;
    }

    /** What the content is, by its first bytes; empty for anything else (including a renamed executable). */
    public static Optional<AttachmentType> detect(byte[] content) {
        return Arrays.stream(values()).filter(type -> type.matches(content)).findFirst();
    }

    public static Optional<AttachmentType> ofContentType(String contentType) {
        return Arrays.stream(values()).filter(type -> type.contentType.equals(contentType)).findFirst();
    }

    boolean matches(byte[] content) {
        return switch (this) {
            case PNG -> startsWith(content, 0, PNG_SIGNATURE);
            case JPEG -> startsWith(content, 0, JPEG_SIGNATURE);
            case WEBP -> startsWith(content, 0, ascii("RIFF")) && startsWith(content, 8, ascii("WEBP"));
            case PDF -> startsWith(content, 0, ascii("%PDF-"));
            // a Word document is a zip whose stored (never compressed) entry names include these two; looking at the
            // names only means a zip bomb is never inflated here
            case DOCX -> startsWith(content, 0, ZIP_SIGNATURE) && contains(content, ascii("[Content_Types].xml"))
                    && contains(content, ascii("word/document.xml"));
        };
    }

    public String contentType() {
        return contentType;
    }

    /** The usual extension, given to a file whose name says something else. */
    public String extension() {
        return extensions.get(0);
    }

    public boolean hasExtension(String extension) {
        return extensions.contains(extension);
    }

    public boolean isImage() {
        return image;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean startsWith(byte[] content, int offset, byte[] prefix) {
        if (content.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (content[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i <= content.length - part.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
