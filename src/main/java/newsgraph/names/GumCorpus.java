package newsgraph.names;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import newsgraph.nlp.NameFinder;
import newsgraph.nlp.OpenNlp;

/**
 * The names of the GUM corpus (CoNLL-U with GUM's entity annotation in the MISC column), as sentences to
 * train a name finder on. A mention is a name when every token of its minimal span is a proper noun (GUM's own
 * definition of a named entity); its minimal span is the name. Only people, organisations and places are
 * kept; of names nested in one another ("Aberdeen" in "Aberdeen Grammar School") the outer one.
 */
public final class GumCorpus {

    /** One document: its sentences in order. */
    public record Document(String name, List<OpenNlp.TrainingSentence> sentences) {
    }

    private GumCorpus() {
    }

    /** The documents of a folder of {@code .conllu} files, by file name; news documents are refused (they are the dev set). */
    public static List<Document> read(Path folder) throws IOException {
        List<Document> out = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".conllu")).sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.startsWith("GUM_news_")) {
                    throw new IllegalArgumentException(name + ": news documents are the dev set, never trained on");
                }
                out.add(new Document(name, parse(Files.readString(f, StandardCharsets.UTF_8))));
            }
        }
        return out;
    }

    /** The sentences of one CoNLL-U document. */
    static List<OpenNlp.TrainingSentence> parse(String conllu) {
        List<OpenNlp.TrainingSentence> out = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        for (String line : conllu.split("\n", -1)) {
            line = line.strip();
            if (line.isEmpty()) {
                if (!rows.isEmpty()) {
                    out.add(sentence(rows));
                    rows = new ArrayList<>();
                }
                continue;
            }
            if (line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f.length >= 10 && f[0].chars().allMatch(Character::isDigit)) {
                rows.add(f);
            }
        }
        if (!rows.isEmpty()) {
            out.add(sentence(rows));
        }
        return out;
    }

    private record Open(String id, String type, String minSpan, int start) {
    }

    private static OpenNlp.TrainingSentence sentence(List<String[]> rows) {
        List<String> words = new ArrayList<>(rows.size());
        List<int[]> spans = new ArrayList<>();
        List<String> types = new ArrayList<>();
        List<Open> open = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] f = rows.get(i);
            words.add(f[1]);
            String entity = misc(f[9], "Entity=");
            int k = 0;
            while (entity != null && k < entity.length()) {
                char c = entity.charAt(k);
                if (c == '(') {
                    int stop = k + 1;
                    while (stop < entity.length() && entity.charAt(stop) != '(' && entity.charAt(stop) != ')') {
                        stop++;
                    }
                    String[] d = entity.substring(k + 1, stop).split("-");
                    Open o = new Open(d[0], d.length > 1 ? d[1] : "", d.length > 5 ? d[5] : "", i);
                    if (stop < entity.length() && entity.charAt(stop) == ')') {
                        close(o, i, rows, spans, types);
                        stop++;
                    } else {
                        open.add(o);
                    }
                    k = stop;
                } else if (Character.isDigit(c)) {
                    int stop = k;
                    while (stop < entity.length() && entity.charAt(stop) != ')') {
                        stop++;
                    }
                    String id = entity.substring(k, stop);
                    for (int j = open.size() - 1; j >= 0; j--) {
                        if (open.get(j).id().equals(id)) {
                            close(open.remove(j), i, rows, spans, types);
                            break;
                        }
                    }
                    k = stop + 1;
                } else {
                    k++;
                }
            }
        }
        outermost(spans, types);
        return new OpenNlp.TrainingSentence(words, spans, types);
    }

    /** A mention over rows [o.start, last]: kept as a name when its minimal span is all proper nouns. */
    private static void close(Open o, int last, List<String[]> rows, List<int[]> spans, List<String> types) {
        String type = switch (o.type()) {
            case "person" -> NameFinder.PERSON;
            case "organization" -> NameFinder.ORGANIZATION;
            case "place" -> NameFinder.PLACE;
            default -> null;
        };
        if (type == null || o.minSpan().isEmpty()) {
            return;
        }
        int lo = Integer.MAX_VALUE;
        int hi = -1;
        for (String p : o.minSpan().split(",")) {
            if (!p.chars().allMatch(Character::isDigit) || p.isEmpty()) {
                return;
            }
            int at = o.start() + Integer.parseInt(p) - 1;
            if (at > last || !"PROPN".equals(rows.get(at)[3])) {
                return;
            }
            lo = Math.min(lo, at);
            hi = Math.max(hi, at);
        }
        for (int at = lo; at <= hi; at++) {
            String upos = rows.get(at)[3];
            if (!"PROPN".equals(upos) && !"ADP".equals(upos) && !"CCONJ".equals(upos) && !"DET".equals(upos)) {
                return; // not one name: "Byron's Aberdeen"
            }
        }
        spans.add(new int[] {lo, hi + 1});
        types.add(type);
    }

    /** Of names that overlap, the longest. */
    private static void outermost(List<int[]> spans, List<String> types) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingInt((Integer i) -> spans.get(i)[0] - spans.get(i)[1]));
        List<int[]> keptSpans = new ArrayList<>();
        List<String> keptTypes = new ArrayList<>();
        for (int i : order) {
            int[] s = spans.get(i);
            if (keptSpans.stream().noneMatch(k -> k[0] < s[1] && s[0] < k[1])) {
                keptSpans.add(s);
                keptTypes.add(types.get(i));
            }
        }
        List<Integer> byStart = new ArrayList<>();
        for (int i = 0; i < keptSpans.size(); i++) {
            byStart.add(i);
        }
        byStart.sort(Comparator.comparingInt(i -> keptSpans.get(i)[0]));
        spans.clear();
        types.clear();
        for (int i : byStart) {
            spans.add(keptSpans.get(i));
            types.add(keptTypes.get(i));
        }
    }

    private static String misc(String column, String key) {
        for (String part : column.split("\\|")) {
            if (part.startsWith(key)) {
                return part.substring(key.length());
            }
        }
        return null;
    }
}
