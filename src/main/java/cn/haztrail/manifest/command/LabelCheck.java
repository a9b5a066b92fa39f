package cn.haztrail.manifest.command;

import cn.haztrail.batch.api.BatchLine;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The loading check of R13: the labels scanned at loading against the labels of the manifest's lines. */
public record LabelCheck(List<String> missing, List<String> unexpected) {

    static LabelCheck of(Collection<BatchLine> lines, List<String> scanned) {
        Set<String> expected = new TreeSet<>(lines.stream().map(BatchLine::labelId).toList());
        Set<String> found = new TreeSet<>(scanned == null ? List.of() : scanned);
        return new LabelCheck(expected.stream().filter(label -> !found.contains(label)).toList(),
                found.stream().filter(label -> !expected.contains(label)).toList());
    }

    public boolean matches() {
        return missing.isEmpty() && unexpected.isEmpty();
    }
}
