package io.osprey.analysis.attribution;

import io.osprey.analysis.Attribution;
import io.osprey.analysis.Reason;
import io.osprey.analysis.geo.NetworkInfo;

import java.util.List;

/** The attribution of one context, with its reasons and ranking score (sum of reason weights). */
public record ContextAttribution(Attribution attribution, List<Reason> reasons, int score, String network,
                                 NetworkInfo networkInfo) {
    public ContextAttribution {
        reasons = List.copyOf(reasons);
    }
}
