package cn.haztrail.console.steps;

import cn.haztrail.manifest.api.LineDecision;
import cn.haztrail.manifest.query.ManifestView;
import cn.haztrail.manifest.web.ReceiptRequest;
import cn.haztrail.shared.web.QuantityRequest;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** The receipt form as typed: strings, turned into the API's {@link ReceiptRequest} (unreadable values become null). */
public class ReceiptForm {

    private String at;
    private String lateEntry;
    private List<Line> lines = new ArrayList<>();

    static ReceiptForm of(ManifestView manifest, String now) {
        ReceiptForm form = new ReceiptForm();
        form.at = now;
        for (ManifestView.Line declared : manifest.lines()) {
            Line line = new Line();
            line.batchId = declared.batchId().toString();
            line.decision = LineDecision.ACCEPT.name();
            line.acceptedValue = declared.declared().value().toString();
            line.acceptedUnit = declared.declared().unit();
            line.containersReceived = String.valueOf(declared.containersDeclared());
            line.methodCode = manifest.plannedMethod();
            form.lines.add(line);
        }
        return form;
    }

    ReceiptRequest toRequest(StepPages pages) {
        return new ReceiptRequest(pages.instant(at), lines.stream().map(Line::toLine).toList(),
                CarrierStepController.lateEntry(lateEntry));
    }

    public String getAt() { return at; }
    public void setAt(String at) { this.at = at; }
    public String getLateEntry() { return lateEntry; }
    public void setLateEntry(String lateEntry) { this.lateEntry = lateEntry; }
    public List<Line> getLines() { return lines; }
    public void setLines(List<Line> lines) { this.lines = lines; }

    /** One line of the form; the mismatch boxes are ticked when something differs (R17). */
    public static class Line {
        private String batchId;
        private String decision;
        private String acceptedValue;
        private String acceptedUnit;
        private String containersReceived;
        private String methodCode;
        private boolean nameDiffers;
        private boolean characteristicsDiffer;
        private boolean formDiffers;
        private boolean packagingDiffers;
        private String note;
        private String weighbridgeTicket;

        ReceiptRequest.Line toLine() {
            QuantityRequest accepted = blank(acceptedValue) ? null
                    : new QuantityRequest(decimal(acceptedValue), blank(acceptedUnit) ? null : acceptedUnit);
            return new ReceiptRequest.Line(uuid(batchId), decision(decision), accepted, !nameDiffers,
                    !characteristicsDiffer, !formDiffers, !packagingDiffers, integer(containersReceived),
                    blank(methodCode) ? null : methodCode.trim().toUpperCase(java.util.Locale.ROOT),
                    blank(note) ? null : note.trim(), blank(weighbridgeTicket) ? null : weighbridgeTicket.trim());
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }

        private static BigDecimal decimal(String value) {
            try {
                return new BigDecimal(value.trim());
            } catch (NumberFormatException unreadable) {
                return null;
            }
        }

        private static Integer integer(String value) {
            try {
                return blank(value) ? null : Integer.valueOf(value.trim());
            } catch (NumberFormatException unreadable) {
                return null;
            }
        }

        private static UUID uuid(String value) {
            try {
                return blank(value) ? null : UUID.fromString(value.trim());
            } catch (IllegalArgumentException unreadable) {
                return null;
            }
        }

        private static LineDecision decision(String value) {
            try {
                return blank(value) ? null : LineDecision.valueOf(value);
            } catch (IllegalArgumentException unknown) {
                return null;
            }
        }

        public String getBatchId() { return batchId; }
        public void setBatchId(String batchId) { this.batchId = batchId; }
        public String getDecision() { return decision; }
        public void setDecision(String decision) { this.decision = decision; }
        public String getAcceptedValue() { return acceptedValue; }
        public void setAcceptedValue(String acceptedValue) { this.acceptedValue = acceptedValue; }
        public String getAcceptedUnit() { return acceptedUnit; }
        public void setAcceptedUnit(String acceptedUnit) { this.acceptedUnit = acceptedUnit; }
        public String getContainersReceived() { return containersReceived; }
        public void setContainersReceived(String containersReceived) { this.containersReceived = containersReceived; }
        public String getMethodCode() { return methodCode; }
        public void setMethodCode(String methodCode) { this.methodCode = methodCode; }
        public boolean isNameDiffers() { return nameDiffers; }
        public void setNameDiffers(boolean nameDiffers) { this.nameDiffers = nameDiffers; }
        public boolean isCharacteristicsDiffer() { return characteristicsDiffer; }
        public void setCharacteristicsDiffer(boolean value) { this.characteristicsDiffer = value; }
        public boolean isFormDiffers() { return formDiffers; }
        public void setFormDiffers(boolean formDiffers) { this.formDiffers = formDiffers; }
        public boolean isPackagingDiffers() { return packagingDiffers; }
        public void setPackagingDiffers(boolean packagingDiffers) { this.packagingDiffers = packagingDiffers; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
        public String getWeighbridgeTicket() { return weighbridgeTicket; }
        public void setWeighbridgeTicket(String weighbridgeTicket) { this.weighbridgeTicket = weighbridgeTicket; }
    }
}
