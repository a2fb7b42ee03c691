package si.mama.portal.practice.entity;

import java.util.Locale;
import java.util.Objects;

/**
 * A file a centre adds to a practice, checked before it is stored: not empty, at most {@link #MAX_BYTES}, and an
 * image or document by its content. The name keeps only its last path part without control characters, and gets
 * the extension of what the content really is.
 */
public record AttachmentFile(String fileName, AttachmentType type, byte[] content) {

    /** 5 MB: a phone photo or a short report; the column (mediumblob) holds up to 16 MB. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;
    public static final int NAME_MAX = 200;

    public AttachmentFile {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
    }

    /** Checks an uploaded file; refuses it with the rule {@code fileEmpty}, {@code fileTooLarge} or {@code fileType}. */
    public static AttachmentFile of(String uploadedName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new PracticeRuleViolation("fileEmpty");
        }
        if (content.length > MAX_BYTES) {
            throw new PracticeRuleViolation("fileTooLarge", MAX_BYTES / (1024 * 1024));
        }
        AttachmentType type = AttachmentType.detect(content)
                .orElseThrow(() -> new PracticeRuleViolation("fileType", displayName(uploadedName)));
        return new AttachmentFile(cleanName(uploadedName, type), type, content);
    }

    public int size() {
        return content.length;
    }

    /** The name without folders and control characters, ending in the extension of {@code type}. */
    static String cleanName(String uploadedName, AttachmentType type) {
        String name = displayName(uploadedName);
        int dot = name.lastIndexOf('.');
        String base = dot >= 0 ? name.substring(0, dot) : name;
        String extension = dot >= 0 ? name.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
        if (base.isBlank()) {
            base = "datoteka";
        }
        String suffix = "." + (type.hasExtension(extension) ? extension : type.extension());
        if (base.length() + suffix.length() > NAME_MAX) {
            base = base.substring(0, NAME_MAX - suffix.length());
        }
        return base + suffix;
    }

    private static String displayName(String uploadedName) {
        String name = uploadedName == null ? "" : uploadedName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        return name.replaceAll("[\\p{Cntrl}\"]", "").strip();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AttachmentFile file && fileName.equals(file.fileName) && type == file.type
                && java.util.Arrays.equals(content, file.content);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fileName, type, java.util.Arrays.hashCode(content));
    }

    @Override
    public String toString() {
        return "AttachmentFile[" + fileName + ", " + type + ", " + content.length + " bytes]";
    }
}
