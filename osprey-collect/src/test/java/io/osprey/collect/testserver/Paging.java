package io.osprey.collect.testserver;

import java.util.List;

/** Graph-style pages: {@code {"@odata.context":..., "value":[...], "@odata.nextLink":...}}. */
final class Paging {
    private Paging() {
    }

    /**
     * @param objects  all objects of the collection, as JSON text
     * @param offset   the first object of this page
     * @param size     objects per page
     * @param nextBase the URL the next link extends with {@code $skiptoken}; it must already hold a '?' or not
     */
    static String page(List<String> objects, int offset, int size, String nextBase) {
        StringBuilder body = new StringBuilder("{\"@odata.context\":\"https://graph.microsoft.com/$metadata\",\"value\":[");
        int end = Math.min(objects.size(), offset + size);
        for (int index = offset; index < end; index++) {
            body.append(index > offset ? "," : "").append(objects.get(index));
        }
        body.append(']');
        if (end < objects.size()) {
            body.append(",\"@odata.nextLink\":\"").append(nextBase).append(nextBase.contains("?") ? "&" : "?")
                    .append("$skiptoken=").append(end).append('"');
        }
        return body.append('}').toString();
    }

    static int offset(java.util.Map<String, String> query) {
        return Integer.parseInt(query.getOrDefault("$skiptoken", "0"));
    }
}
