package si.mama.portal.platform.export;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;

/**
 * Renders a {@link TableModel} as an Excel workbook with Apache POI (streaming, so long lists stay small in
 * memory): bold header row, frozen, filterable; numbers stay numbers and dates stay dates.
 */
public final class XlsxExport {

    public byte[] render(TableModel table) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            SXSSFSheet sheet = workbook.createSheet(safeName(table.name()));
            sheet.trackAllColumnsForAutoSizing();
            CellStyle header = workbook.createCellStyle();
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("d. m. yyyy"));
            Row first = sheet.createRow(0);
            for (int column = 0; column < table.headers().size(); column++) {
                Cell cell = first.createCell(column);
                cell.setCellValue(table.headers().get(column));
                cell.setCellStyle(header);
            }
            for (int index = 0; index < table.rows().size(); index++) {
                Row row = sheet.createRow(index + 1);
                for (int column = 0; column < table.headers().size(); column++) {
                    write(row.createCell(column), table.rows().get(index).get(column), date);
                }
            }
            sheet.createFreezePane(0, 1);
            if (!table.rows().isEmpty()) {
                sheet.setAutoFilter(new org.apache.poi.ss.util.CellRangeAddress(0, table.rows().size(), 0,
                        table.headers().size() - 1));
            }
            for (int column = 0; column < table.headers().size(); column++) {
                sheet.autoSizeColumn(column);
            }
            workbook.write(out);
            workbook.dispose();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Cell cell, Object value, CellStyle dateStyle) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Number number) {
            cell.setCellValue(number instanceof BigDecimal decimal ? decimal.doubleValue() : number.doubleValue());
        } else if (value instanceof LocalDate day) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        } else if (value instanceof Boolean flag) {
            cell.setCellValue(flag);
        } else if (value instanceof TemporalAccessor) {
            cell.setCellValue(value.toString());
        } else {
            cell.setCellValue(value.toString());
        }
    }

    /** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
    static String safeName(String name) {
        String cleaned = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return cleaned.isEmpty() ? "Sheet" : cleaned.substring(0, Math.min(31, cleaned.length()));
    }
}
