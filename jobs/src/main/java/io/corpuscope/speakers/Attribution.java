package io.corpuscope.speakers;

import java.util.List;

/**
 * One attribution found in a sentence before speaker resolution: the cue, the source noun phrase
 * (empty for a participial cue such as ", adding that", which shares the clause's subject) and the
 * content segments as absolute {start, end} offsets.
 */
record Attribution(int cueStart, int cueEnd, String cue, List<Tok> source, boolean participial,
                   List<int[]> content, boolean direct) {

    int firstStart() {
        return content.get(0)[0];
    }

    int sourceStart() {
        return source.isEmpty() ? cueStart : Math.min(source.get(0).start(), cueStart);
    }
}
