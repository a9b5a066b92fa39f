package cn.haztrail.console.oversight;

/**
 * One flow as the dashboard's table lists it: from where (an enterprise or a city, with its city and province) to
 * where, the waste category, the accepted tonnes with their unit, how many batches, and whether it crossed a
 * province border.
 */
public record FlowLine(String from, String fromPlace, String to, String toPlace, String category, String tonnes,
                       long batches, boolean crossProvince) {
}
