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
