package newsgraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Stream;
import newsgraph.text.Article;
import newsgraph.text.ArticleReader;
import newsgraph.text.BadArticleException;

/**
 * The benchmark's articles: the texts of {@code seeds/} and, when present, {@code ../shared/eval/dev} (the same
 * text once), repeated in turn under distinct ids up to any number. Only the originals are held; the
 * repeated articles are made one at a time, so a corpus of any size streams.
 *
 * <p>Each article has news metadata too, made from its number alone (no article's content): a publication time
 * spread over two years and one of {@value #OUTLETS} outlets, so that the dated queries ({@code from}, {@code to},
 * {@code outlet}, {@code timeline}, {@code outlets}) are measured on a corpus that has dates and outlets. The load
 * reads it as JSON Lines ({@link #writeJsonLines}); the ingest part writes the same articles as plain text and as a
 * WARC.gz of HTML pages ({@link CrawlWriter}).
 */
final class Corpus {

    private final List<Article> originals;
    private final List<String> sources;

    private Corpus(List<Article> originals, List<String> sources) {
        if (originals.isEmpty()) {
            throw new IllegalArgumentException("no articles found in " + String.join(" or ", sources));
        }
        this.originals = List.copyOf(originals);
        this.sources = List.copyOf(sources);
    }

    /** The originals under {@code root}: its {@code seeds/} and {@code ../shared/eval/dev}, whichever exist. */
    static Corpus under(Path root) {
        List<Path> dirs = new ArrayList<>();
        for (Path dir : List.of(root.resolve("seeds"), root.resolve("../shared/eval/dev").normalize())) {
            if (Files.isDirectory(dir)) {
                dirs.add(dir);
            }
        }
        return of(dirs);
    }

    /** The {@code *.txt} articles of these directories and their sub-directories, each text once. */
    static Corpus of(List<Path> dirs) {
        List<Article> originals = new ArrayList<>();
        Set<String> texts = new HashSet<>();
        ArticleReader reader = new ArticleReader();
        for (Path dir : dirs) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".txt") && Files.isRegularFile(f)).sorted().toList()) {
                    Article article = reader.read(file);
                    if (texts.add(article.text())) {
                        originals.add(article);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list " + dir, e);
            } catch (BadArticleException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
        return new Corpus(originals, dirs.stream().map(Path::toString).toList());
    }

    /** How many outlets the articles are spread over. */
    static final int OUTLETS = 20;
    private static final java.time.LocalDate FIRST_DAY = java.time.LocalDate.of(2023, 1, 1);

    /** Article {@code i}'s publication time: one of 730 days from 2023-01-01, at a whole hour, in UTC. */
    static String published(int i) {
        java.time.LocalDate day = FIRST_DAY.plusDays((i * 7919L) % 730);
        return day + "T" + String.format(java.util.Locale.ROOT, "%02d:00:00Z", 6 + i % 14);
    }

    /** Article {@code i}'s outlet: "Bench Outlet 07", whose site is outlet07.example. */
    static String outletName(int i) {
        return String.format(java.util.Locale.ROOT, "Bench Outlet %02d", i % OUTLETS);
    }

    static String outletHost(int i) {
        return String.format(java.util.Locale.ROOT, "outlet%02d.example", i % OUTLETS);
    }

    /** Article {@code i}'s address at its outlet. */
    static String url(int i, Article a) {
        return "https://www." + outletHost(i) + "/news/" + a.id();
    }

    /**
     * Writes articles {@code from} to {@code from + count - 1} as JSON Lines files of {@value #PER_JSON_FILE}
     * articles each, with their metadata: {@code url}, {@code date}, {@code publisher} and {@code text}.
     */
    void writeJsonLines(Path dir, int from, int count) {
        try {
            Files.createDirectories(dir);
            java.io.Writer out = null;
            try {
                for (int i = from; i < from + count; i++) {
                    if ((i - from) % PER_JSON_FILE == 0) {
                        if (out != null) {
                            out.close();
                        }
                        out = Files.newBufferedWriter(dir.resolve(String.format(java.util.Locale.ROOT,
                                "articles-%06d.jsonl", i)), StandardCharsets.UTF_8);
                    }
                    Article a = article(i);
                    org.apache.jena.atlas.json.JsonObject line = new org.apache.jena.atlas.json.JsonObject();
                    line.put("url", url(i, a));
                    line.put("date", published(i));
                    org.apache.jena.atlas.json.JsonObject publisher = new org.apache.jena.atlas.json.JsonObject();
                    publisher.put("name", outletName(i));
                    publisher.put("url", "https://www." + outletHost(i) + "/");
                    line.put("publisher", publisher);
                    line.put("text", a.text());
                    out.write(org.apache.jena.atlas.json.JSON.toStringFlat(line));
                    out.write('\n');
                }
            } finally {
                if (out != null) {
                    out.close();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + dir, e);
        }
    }

    static final int PER_JSON_FILE = 100;

    List<Article> originals() {
        return originals;
    }

    List<String> sources() {
        return sources;
    }

    /** Article number {@code i}: the text of original {@code i mod originals}, under an id of its own. */
    Article article(int i) {
        Article original = originals.get(i % originals.size());
        return new Article(String.format("bench-%06d-%s", i, original.id()), original.text());
    }

    /** Articles {@code from} to {@code from + count - 1}, made as they are asked for. */
    Iterator<Article> articles(int from, int count) {
        return new Iterator<>() {
            private int next = from;

            @Override
            public boolean hasNext() {
                return next < from + count;
            }

            @Override
            public Article next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return article(next++);
            }
        };
    }

    /** Writes articles {@code from} to {@code from + count - 1} as {@code ID.txt} files into {@code dir}. */
    void write(Path dir, int from, int count) {
        try {
            Files.createDirectories(dir);
            for (Iterator<Article> it = articles(from, count); it.hasNext(); ) {
                Article a = it.next();
                Files.writeString(dir.resolve(a.id() + ".txt"), a.text(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the corpus into " + dir, e);
        }
    }
}
