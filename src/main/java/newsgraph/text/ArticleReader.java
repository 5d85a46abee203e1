package newsgraph.text;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Reads an article file: UTF-8 plain text, at most {@link #DEFAULT_MAX_BYTES} by default. The byte-order
 * mark is dropped and line ends become {@code \n}; offsets count UTF-16 code units of that text.
 * Empty, binary and non-UTF-8 files are refused with a reason; nothing is guessed or replaced.
 */
public final class ArticleReader {

    /** News articles are tens of kilobytes; a file over 5 MB is not one article. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;

    public ArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Article read(Path file) throws BadArticleException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new BadArticleException(name + ": is a directory");
            }
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new BadArticleException(name + ": too large (" + size + " bytes; the limit is " + maxBytes
                        + " bytes per article)");
            }
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) Math.min(maxBytes + 1, Integer.MAX_VALUE - 8));
            }
        } catch (NoSuchFileException e) {
            throw new BadArticleException(name + ": no such file");
        } catch (AccessDeniedException e) {
            throw new BadArticleException(name + ": permission denied");
        } catch (IOException e) {
            throw new BadArticleException(name + ": cannot be read (" + e.getMessage() + ")");
        }
        return decode(Article.idFromFileName(file.getFileName() == null ? "article" : file.getFileName().toString()),
                bytes, name);
    }

    /** Decodes bytes as an article; {@code name} is used in messages. */
    public Article decode(String id, byte[] bytes, String name) throws BadArticleException {
        if (bytes.length > maxBytes) {
            throw new BadArticleException(name + ": too large (the limit is " + maxBytes + " bytes per article)");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new BadArticleException(name + ": binary file (NUL byte at offset " + i + "), not a text article");
            }
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        String text;
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            text = chars.toString();
        } catch (CharacterCodingException e) {
            throw new BadArticleException(name + ": not valid UTF-8 (at byte " + firstInvalidByte(bytes)
                    + "); convert it to UTF-8 first, e.g. iconv -f windows-1252 -t utf-8");
        }
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (text.isBlank()) {
            throw new BadArticleException(name + ": empty (no text)");
        }
        return new Article(id, text);
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int lo = 0;
        int hi = bytes.length;
        // the longest valid prefix, by halving
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                lo = mid;
            } catch (CharacterCodingException e) {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
