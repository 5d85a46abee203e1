package newsgraph.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@link ArticleReader} makes of every kind of file it may be handed, and its one-line refusals. */
class ArticleReaderTest {

    private static final String STORY = "Bridge opens\n\n“It is a great day,” said Maria Lopez.\n";

    @TempDir
    Path temp;

    private final ArticleReader reader = new ArticleReader();

    @Test
    void aMissingFileIsNamed() {
        Path missing = temp.resolve("gone.txt");
        assertRefused(missing, missing + ": no such file");
    }

    @Test
    void aDirectoryIsNotAnArticle() throws IOException {
        Path dir = Files.createDirectory(temp.resolve("folder.txt"));
        assertRefused(dir, dir + ": is a directory, not an article file");
    }

    @Test
    void aFileThatCannotBeReadIsNamedWithTheReason() throws IOException {
        // a link to itself cannot be read by anyone, root included: the portable stand-in for an unreadable file
        Path loop = temp.resolve("loop.txt");
        Files.createSymbolicLink(loop, loop.getFileName());
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(loop));
        assertTrue(e.getMessage().startsWith(loop + ": cannot be read (too many levels of symbolic links"),
                e.getMessage());

        Path dangling = Files.createSymbolicLink(temp.resolve("dangling.txt"), temp.resolve("nowhere.txt"));
        assertRefused(dangling, dangling + ": broken symbolic link (its target does not exist)");
    }

    @Test
    void aFileWithoutReadPermissionIsNamed() throws IOException {
        Path locked = Files.writeString(temp.resolve("locked.txt"), STORY);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(locked), "skipped: this user (root?) reads files whatever their permissions;"
                + " aFileThatCannotBeReadIsNamedWithTheReason covers unreadable files");
        assertRefused(locked, locked + ": permission denied (cannot read the file)");
    }

    @Test
    void aPipeIsRefusedWithoutBeingOpened() throws Exception {
        Path fifo = temp.resolve("pipe.txt");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            assumeTrue(false, "skipped: no mkfifo on this system");
            return;
        }
        assumeTrue(mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0, "skipped: mkfifo failed");
        // reading a pipe nobody writes to would block for ever
        assertRefused(fifo, fifo + ": not a regular file (a device, pipe or socket)");
    }

    @Test
    void emptyAndWhiteSpaceOnlyFilesAreEmpty() throws IOException {
        for (String blank : new String[] {"", "   \n\t\r\n  ", "\uFEFF", "\u00A0\u200B\u3000\n"}) {
            Path file = Files.writeString(temp.resolve("blank.txt"), blank);
            assertRefused(file, file + ": empty (no text)");
        }
    }

    @Test
    void aBinaryFileIsRefused() throws IOException {
        Path file = Files.write(temp.resolve("photo.txt"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        assertRefused(file, file + ": binary file (NUL byte at offset 4), not a text article");
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() throws IOException {
        // "café" in Windows-1252: the é is the single byte 0xE9
        byte[] latin1 = "Headline\n\nLe café said Anna.".getBytes(StandardCharsets.ISO_8859_1);
        Path file = Files.write(temp.resolve("latin1.txt"), latin1);
        assertRefused(file, file + ": not valid UTF-8 (at byte 16); convert it to UTF-8 first, e.g. iconv -f"
                + " windows-1252 -t utf-8");
    }

    @Test
    void utf16IsRefusedWithAdvice() throws IOException {
        Path file = Files.write(temp.resolve("utf16.txt"), STORY.getBytes(StandardCharsets.UTF_16));
        assertRefused(file, file + ": UTF-16 text, not UTF-8; convert it first, e.g. iconv -f utf-16 -t utf-8");
    }

    @Test
    void theByteOrderMarkIsDropped() throws Exception {
        Path file = Files.writeString(temp.resolve("bom.txt"), "\uFEFF" + STORY);
        assertEquals(STORY, reader.read(file).text());
    }

    @Test
    void everyLineEndBecomesALineFeed() throws Exception {
        Path windows = Files.writeString(temp.resolve("windows.txt"), STORY.replace("\n", "\r\n"));
        assertEquals(STORY, reader.read(windows).text());
        Path oldMac = Files.writeString(temp.resolve("mac.txt"), STORY.replace("\n", "\r"));
        assertEquals(STORY, reader.read(oldMac).text());
        Path others = Files.writeString(temp.resolve("others.txt"), "a\fb\u000Bc\u0085d\u2028e\u2029f\r\n");
        assertEquals("a\nb\nc\nd\ne\nf\n", reader.read(others).text());
    }

    @Test
    void controlCharactersAreRefusedWithTheirPlace() throws IOException {
        Path file = Files.writeString(temp.resolve("escape.txt"), "Headline\n\nThe \u001B[1mbold\u001B[0m word.\n");
        assertRefused(file, file + ": control character U+001B at line 3, column 5: not a plain-text article");
    }

    @Test
    void aHugeFileIsRefusedWithoutBeingRead() throws IOException {
        Path huge = temp.resolve("huge.txt");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024); // sparse: 50 MB long, nothing on disk
        }
        assertRefused(huge, huge + ": too large (52428800 bytes; the limit is 10485760 bytes per article file)");
    }

    @Test
    void aTextLongerThanTheLimitIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("long.txt"), "x ".repeat(300_000));
        assertRefused(file, file + ": too long (600000 characters of text; the limit is 500000 per article: split it"
                + " into articles)");
        ArticleReader small = new ArticleReader(100, 1_000);
        Path over = Files.writeString(temp.resolve("over.txt"), "y".repeat(101));
        assertRefused(small, over, over + ": too large (101 bytes; the limit is 100 bytes per article file)");
    }

    @Test
    void anHtmlPageBecomesItsText() throws Exception {
        Path page = Files.writeString(temp.resolve("page.html"), "<!DOCTYPE html><html><head><title>Site</title>"
                + "<script>var x = '<p>not text</p>';</script></head><body><nav>Home | World</nav><article>"
                + "<h1>Bridge opens</h1><p>&ldquo;It is a great day,&rdquo; said Maria&nbsp;Lopez.</p></article>"
                + "</body></html>");
        Article article = reader.read(page);
        assertEquals(ArticleId.ofFile("page.html", article.text()), article.id());
        assertEquals("Bridge opens\n\n“It is a great day,” said Maria Lopez.", article.text());
    }

    @Test
    void anHtmlPageWithoutTextIsRefused() throws IOException {
        Path page = Files.writeString(temp.resolve("empty.html"), "<html><body><script>app()</script></body></html>");
        assertRefused(page, page + ": an HTML page without article text");
    }

    @Test
    void plainTextStaysExactlyAsWritten() throws Exception {
        String text = "Headline  with  spaces\n\n<not html> said Bob — “fine” 😀 مرحبا\n";
        Path file = Files.writeString(temp.resolve("plain.txt"), text);
        assertEquals(text, reader.read(file).text());
        assertFalse(HtmlPage.looksLikeHtml(text));
    }

    /**
     * Issue 14: the id was the file's stem, so these pairs replaced each other in the database and in
     * {@code extract --output-dir}. Each pair holds two different articles.
     */
    @Test
    void inputsThatOnceSharedAnIdHaveDistinctIds() throws Exception {
        String longName = "a".repeat(230);
        List<List<String>> pairs = List.of(List.of("bbc/story.txt", "guardian/story.txt"), List.of("x.txt", "x.html"),
                List.of("a b.txt", "a-b.txt"), List.of("Привет.txt", "新闻.txt"),
                List.of(longName + "1.txt", longName + "2.txt"));
        int n = 0;
        for (List<String> pair : pairs) {
            Set<String> ids = new HashSet<>();
            for (String name : pair) {
                Path file = temp.resolve("pair" + n).resolve(name);
                Files.createDirectories(file.getParent());
                Files.writeString(file, "Headline " + n++ + "\n\n“Words,” said Anna Berg.\n");
                ids.add(reader.read(file).id());
            }
            assertEquals(2, ids.size(), pair + " share an id: " + ids);
            ids.forEach(id -> assertTrue(id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,60}-[0-9a-f]{12}"), id));
        }
    }

    /** The id depends on the file's name and text only: not on the path it is given by, nor where it lives. */
    @Test
    void theIdIsTheSameWhicheverPathReadsTheFileAndWhereverItLives() throws Exception {
        Path file = Files.createDirectories(temp.resolve("one/two")).resolve("Élection 2024: résultats.txt");
        Files.writeString(file, STORY);
        Path elsewhere = Files.createDirectories(temp.resolve("else")).resolve(file.getFileName().toString());
        Files.writeString(elsewhere, STORY.replace("\n", "\r\n")); // the same text as stored
        String id = reader.read(file).id();

        assertEquals(id, reader.read(temp.resolve("one/../one/./two").resolve(file.getFileName())).id());
        assertEquals(id, reader.read(Path.of("").toAbsolutePath().relativize(file.toAbsolutePath())).id());
        assertEquals(id, reader.read(elsewhere).id());
        assertEquals("lection-2024-r-sultats-" + ArticleId.fingerprint(STORY), id);
    }

    /** Ids are part of the graph's contract (IRIs, file names, docs): the seed's must not change by accident. */
    @Test
    void theSeedKeepsItsId() throws Exception {
        assertEquals("000_97174071596f6616-a7db9c3c47c2", reader.read(Path.of("seeds", "000_97174071596f6616.txt")).id());
    }

    private void assertRefused(Path file, String message) {
        assertRefused(reader, file, message);
    }

    private static void assertRefused(ArticleReader reader, Path file, String message) {
        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(file));
        assertEquals(message, e.getMessage());
        assertTrue(e.getMessage().lines().count() == 1, "one line");
    }
}
