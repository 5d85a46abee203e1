package newsgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Many small articles, each the seed's headline and a few of its paragraphs (texts repeat, names differ). */
final class SmallArticles {

    private static final Path SEED = Path.of("seeds", "000_97174071596f6616.txt");

    private SmallArticles() {
    }

    /** Writes {@code count} articles {@code a0000.txt}, {@code a0001.txt}… of four paragraphs into {@code dir}. */
    static List<Path> write(Path dir, int count) throws IOException {
        return write(dir, count, 4);
    }

    static List<Path> write(Path dir, int count, int paragraphsEach) throws IOException {
        String[] paragraphs = Files.readString(SEED).split("\n\n+");
        Files.createDirectories(dir);
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder text = new StringBuilder(paragraphs[0].strip());
            for (int k = 0; k < paragraphsEach; k++) {
                text.append("\n\n").append(paragraphs[1 + (i * 7 + k * 3) % (paragraphs.length - 1)].strip());
            }
            files.add(Files.writeString(dir.resolve(String.format("a%04d.txt", i)), text + "\n"));
        }
        return files;
    }
}
