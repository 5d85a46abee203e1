package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The article files named on a command line: a file is taken as given (whatever its extension); a directory
 * gives its {@code *.txt} files, sorted by name — only its own, or with {@code recursive} those of every
 * sub-directory too. Paths that give nothing are reported, one line each.
 */
record InputFiles(List<Path> files, List<String> problems) {

    static InputFiles expand(List<Path> inputs, boolean recursive) {
        List<Path> files = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                int problemsBefore = problems.size();
                List<Path> found = articlesIn(input, recursive, problems);
                if (found.isEmpty() && problems.size() == problemsBefore) {
                    problems.add(input + ": no *.txt articles in this directory"
                            + (recursive ? " or below" : " (use --recursive for sub-directories)"));
                }
                files.addAll(found);
            } else if (Files.exists(input, LinkOption.NOFOLLOW_LINKS)) {
                // a broken link or a pipe is reported by the reader, with its reason
                files.add(input);
            } else {
                problems.add(input + ": no such file or directory");
            }
        }
        return new InputFiles(List.copyOf(files), List.copyOf(problems));
    }

    private static List<Path> articlesIn(Path dir, boolean recursive, List<String> problems) {
        try (Stream<Path> entries = recursive ? Files.walk(dir) : Files.list(dir)) {
            // everything named *.txt but directories: a file that cannot be read is reported, not silently skipped
            return entries.filter(p -> p.getFileName().toString().endsWith(".txt") && !Files.isDirectory(p))
                    .sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            problems.add(dir + ": cannot list the directory (" + e.getMessage() + ")");
            return List.of();
        }
    }
}
