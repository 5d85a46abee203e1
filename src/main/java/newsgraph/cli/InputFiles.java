package newsgraph.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import newsgraph.text.PrintablePath;

/**
 * The article files named on a command line: a file is taken as given (whatever its extension: its content says
 * what it is); a directory gives its files of news — {@code *.txt}, {@code *.html}, {@code *.htm}, {@code *.warc},
 * {@code *.warc.gz}, {@code *.jsonl}, {@code *.jsonl.gz}, {@code *.ndjson} — sorted by name — only its own, or with {@code recursive} those of every
 * sub-directory too. Paths that give nothing are reported, one line each, and counted as refused; a sub-directory
 * that cannot be read is one of them, and the rest still load.
 *
 * <p>Symbolic links: a link named on the command line is followed (it was named). Inside a directory, a link is
 * followed only when its target lies inside that same directory, unless {@code followLinks}: a {@code leak.txt} that
 * points at {@code /etc/passwd} must not end up stored and served as an article. Links to directories are entered
 * only with {@code followLinks}. A file met twice (named twice, or through a link to it) is read once.
 */
record InputFiles(List<Path> files, List<String> problems, List<String> refused, int repeats) {

    static InputFiles expand(List<Path> inputs, boolean recursive) {
        return expand(inputs, recursive, false);
    }

    static InputFiles expand(List<Path> inputs, boolean recursive, boolean followLinks) {
        Expansion expansion = new Expansion(recursive, followLinks);
        inputs.forEach(expansion::add);
        return new InputFiles(List.copyOf(expansion.files), List.copyOf(expansion.problems),
                List.copyOf(expansion.refused), expansion.repeats);
    }

    /** A candidate article file: how to name it, and whether it is a link inside a directory (read after the rest). */
    private record Candidate(Path shown, boolean link) {
    }

    private static final class Expansion {

        private final boolean recursive;
        private final boolean followLinks;
        private final List<Path> files = new ArrayList<>();
        private final List<String> problems = new ArrayList<>();
        private final List<String> refused = new ArrayList<>();
        /** Real path of each file taken, to the name it was taken under. */
        private final Map<Path, Path> taken = new HashMap<>();
        private int repeats;

        Expansion(boolean recursive, boolean followLinks) {
            this.recursive = recursive;
            this.followLinks = followLinks;
        }

        void add(Path input) {
            if (Files.isDirectory(input)) {
                int before = problems.size();
                List<Candidate> found = articlesIn(input);
                if (found.isEmpty() && problems.size() == before) {
                    refuse(input, "no articles (" + String.join(", ", ARTICLE_NAMES) + ") in this directory"
                            + (recursive ? " or below" : " (use --recursive for sub-directories)"));
                }
                // a file beats a link to it: its own name gives the article its id
                Set<Path> accepted = new HashSet<>();
                found.stream().filter(c -> !c.link() && take(c.shown())).forEach(c -> accepted.add(c.shown()));
                found.stream().filter(c -> c.link() && take(c.shown())).forEach(c -> accepted.add(c.shown()));
                found.stream().map(Candidate::shown).filter(accepted::contains).forEach(files::add);
            } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                // a broken link or a pipe is reported by the reader, with its reason
                if (take(input)) {
                    files.add(input);
                }
            } else {
                refuse(input, "no such file or directory");
            }
        }

        /** Whether a file is new to this run; a file taken already is reported (it is read once). */
        private boolean take(Path shown) {
            Path real;
            try {
                real = shown.toRealPath();
            } catch (IOException e) {
                real = null; // broken, looping or unreadable: the reader says which
            }
            Path earlier = real == null ? null : taken.putIfAbsent(real, shown);
            if (earlier != null) {
                problems.add(PrintablePath.of(shown) + ": the same file as " + PrintablePath.of(earlier) + "; read once");
                repeats++;
                return false;
            }
            return true;
        }

        private void refuse(Path input, String reason) {
            problems.add(PrintablePath.of(input) + ": " + reason);
            refused.add(PrintablePath.of(input));
        }

        /** The article files of a directory (and below, if recursive), sorted by name. */
        private List<Candidate> articlesIn(Path dir) {
            Path root;
            try {
                // a directory named through a link is walked where it really is, and named as it was given
                root = dir.toRealPath();
            } catch (IOException e) {
                refuse(dir, "cannot read the directory (" + reason(e) + ")");
                return List.of();
            }
            List<Candidate> found = new ArrayList<>();
            Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS)
                    : EnumSet.noneOf(FileVisitOption.class);
            try {
                Files.walkFileTree(root, options, recursive ? Integer.MAX_VALUE : 1, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (!attributes.isDirectory() && isArticleName(file)) {
                            Path shown = dir.resolve(root.relativize(file));
                            if (attributes.isSymbolicLink() && !followLinks) {
                                linkInside(file, shown, root, dir, found);
                            } else {
                                found.add(new Candidate(shown, false));
                            }
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        Path shown = dir.resolve(root.relativize(file));
                        if (e instanceof FileSystemLoopException) {
                            refuse(shown, "a symbolic link back to a directory above it; not followed again");
                        } else if (Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS)) {
                            refuse(shown, "cannot read the directory (" + reason(e) + "); its articles are skipped");
                        } else if (isArticleName(file)) {
                            found.add(new Candidate(shown, false)); // the reader says what is wrong with it
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult postVisitDirectory(Path visited, IOException e) {
                        if (e != null) {
                            refuse(dir.resolve(root.relativize(visited)), "cannot read the whole directory ("
                                    + reason(e) + "); some of its articles may be skipped");
                        }
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                refuse(dir, "cannot read the directory (" + reason(e) + ")");
            }
            found.sort((a, b) -> a.shown().compareTo(b.shown()));
            return found;
        }

        /** A link met in a directory: taken if it stays inside the directory (or leads nowhere: the reader says so). */
        private void linkInside(Path link, Path shown, Path root, Path dir, List<Candidate> found) {
            Path target;
            try {
                target = link.toRealPath();
            } catch (IOException e) {
                found.add(new Candidate(shown, true));
                return;
            }
            if (Files.isDirectory(target)) {
                return; // a directory named *.txt is no article
            }
            if (target.startsWith(root)) {
                found.add(new Candidate(shown, true));
            } else {
                refuse(shown, "a symbolic link to " + PrintablePath.of(target) + ", outside " + PrintablePath.of(dir)
                        + "; not followed (use --follow-links to load it)");
            }
        }
    }

    /** The names a directory's files of news end with (their content still decides how each is read). */
    static final List<String> ARTICLE_NAMES = List.of("*.txt", "*.html", "*.htm", "*.warc", "*.warc.gz", "*.jsonl",
            "*.jsonl.gz", "*.ndjson");

    private static boolean isArticleName(Path file) {
        Path name = file.getFileName();
        if (name == null) {
            return false;
        }
        String lower = name.toString().toLowerCase(Locale.ROOT);
        return ARTICLE_NAMES.stream().anyMatch(pattern -> lower.endsWith(pattern.substring(1)));
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason().toLowerCase(Locale.ROOT);
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
