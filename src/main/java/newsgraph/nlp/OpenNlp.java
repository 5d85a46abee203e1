package newsgraph.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import newsgraph.lexicon.Lexicon;
import newsgraph.lexicon.WordList;
import newsgraph.text.Block;
import newsgraph.text.Span;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import opennlp.tools.namefind.TokenNameFinder;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.ThreadSafePOSTaggerME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.sentdetect.ThreadSafeSentenceDetectorME;
import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The one class that touches Apache OpenNLP. It loads the official English UD models once (they are
 * immutable and shared; the tools are thread-confined) and turns the blocks of an article into tagged
 * sentences whose tokens point into the article by character offsets.
 *
 * <p>OpenNLP's UD tokenizer leaves quotation marks and clitics glued to words ({@code “Russia},
 * {@code Ashby’s}); tokens are split further here, keeping their original offsets, so that names
 * and quotation marks are tokens of their own.
 */
public final class OpenNlp {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";

    /** Longer sentences are cut into pieces before tokenising and tagging: see {@link #bounded}. */
    static final int MAX_SENTENCE_CHARS = 1_000;

    private static volatile OpenNlp shared;

    private final ThreadSafeSentenceDetectorME sentences;
    private final ThreadSafeTokenizerME tokenizer;
    private final ThreadSafePOSTaggerME tagger;
    /** Abbreviations of titles after which no sentence ends ("Mr.", "Gen."). */
    private final Set<String> titleAbbreviations;
    private final TokenSplitter splitter;

    private OpenNlp(Models models, Lexicon lexicon) {
        sentences = new ThreadSafeSentenceDetectorME(models.sentence());
        tokenizer = new ThreadSafeTokenizerME(models.tokens());
        tagger = new ThreadSafePOSTaggerME(models.pos());
        titleAbbreviations = lexicon.words(WordList.TITLE_ABBREVIATIONS);
        splitter = new TokenSplitter(lexicon.words(WordList.DOTTED_ABBREVIATIONS));
    }

    /** The official English models, read once per process. */
    private record Models(SentenceModel sentence, TokenizerModel tokens, POSModel pos) {

        private static volatile Models english;

        static Models english() {
            Models local = english;
            if (local == null) {
                synchronized (Models.class) {
                    local = english;
                    if (local == null) {
                        local = new Models(read(SENTENCE_MODEL, SentenceModel::new), read(TOKEN_MODEL, TokenizerModel::new),
                                read(POS_MODEL, POSModel::new));
                        english = local;
                    }
                }
            }
            return local;
        }
    }

    /** The English models with the standard lexicon's abbreviations, loaded on first use and shared by every thread. */
    public static OpenNlp english() {
        OpenNlp local = shared;
        if (local == null) {
            synchronized (OpenNlp.class) {
                local = shared;
                if (local == null) {
                    local = new OpenNlp(Models.english(), Lexicon.standard());
                    shared = local;
                }
            }
        }
        return local;
    }

    /** The English models (read once per process) with the abbreviations of another lexicon. */
    public static OpenNlp english(Lexicon lexicon) {
        return new OpenNlp(Models.english(), lexicon);
    }

    /** Sentences of the given blocks of {@code text}, tokenised and tagged. */
    public List<Sentence> analyse(String text, List<Block> blocks) {
        List<Sentence> out = new ArrayList<>();
        for (Block block : blocks) {
            String blockText = block.span().of(text);
            int base = block.span().begin();
            for (Span s : bounded(sentenceSpans(blockText), blockText)) {
                int sb = base + s.begin();
                String sentenceText = text.substring(sb, base + s.end());
                List<Span> spans = new ArrayList<>();
                for (opennlp.tools.util.Span t : tokenizer.tokenizePos(sentenceText)) {
                    splitter.split(sentenceText, t.getStart(), t.getEnd(), sb, spans);
                }
                spans = joinHyphenated(text, joinSurrogatePairs(text, spans));
                if (spans.isEmpty()) {
                    continue;
                }
                String[] words = new String[spans.size()];
                for (int i = 0; i < words.length; i++) {
                    words[i] = TokenSplitter.forTagging(spans.get(i).of(text));
                }
                String[] tags = tagger.tag(words);
                List<Token> tokens = new ArrayList<>(words.length);
                for (int i = 0; i < words.length; i++) {
                    tokens.add(new Token(spans.get(i), spans.get(i).of(text), tags[i]));
                }
                Span span = new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end());
                out.add(new Sentence(out.size(), span, block, tokens));
            }
        }
        return out;
    }

    /**
     * Tokens that OpenNLP's tokenizer cut between the two halves of a character outside the BMP ("UK𝒳" became
     * "UK\uD835" and "\uDCB3") are joined again: a span must never split a surrogate pair, or its text is not
     * Unicode and cannot be written as RDF.
     */
    static List<Span> joinSurrogatePairs(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span next : spans) {
            if (!out.isEmpty()) {
                Span cur = out.get(out.size() - 1);
                if (cur.end() == next.begin() && cur.end() > 0 && Character.isHighSurrogate(text.charAt(cur.end() - 1))
                        && Character.isLowSurrogate(text.charAt(next.begin()))) {
                    out.set(out.size() - 1, cur.union(next));
                    continue;
                }
            }
            out.add(next);
        }
        return out;
    }

    /**
     * "Al-Harbi", "Mei-ling", "Wai-man", "pro-market", "wait-and-see": words joined by hyphens without
     * spaces are one token, however the tokenizer cut them.
     */
    private static List<Span> joinHyphenated(String text, List<Span> spans) {
        List<Span> out = new ArrayList<>(spans.size());
        for (Span next : spans) {
            if (!out.isEmpty()) {
                Span cur = out.get(out.size() - 1);
                if (cur.end() == next.begin() && joinsByHyphen(text, cur, next)) {
                    out.set(out.size() - 1, new Span(cur.begin(), next.end()));
                    continue;
                }
            }
            out.add(next);
        }
        return out;
    }

    private static boolean joinsByHyphen(String text, Span left, Span right) {
        char last = text.charAt(left.end() - 1);
        char first = text.charAt(right.begin());
        if (last == '-' && left.length() > 1) {
            return Character.isLetterOrDigit(text.charAt(left.end() - 2)) && Character.isLetterOrDigit(first);
        }
        if (first == '-' && right.length() > 1) {
            return Character.isLetterOrDigit(last) && Character.isLetterOrDigit(text.charAt(right.begin() + 1));
        }
        if (right.length() == 1 && first == '-') {
            // "divide" "-" "and": the hyphen joins what comes next; wait for it
            return Character.isLetterOrDigit(last) && right.end() < text.length()
                    && Character.isLetterOrDigit(text.charAt(right.end()));
        }
        return false;
    }

    /**
     * Sentences of a block; a boundary the model puts after an initial or a title ("J. Alden Everley",
     * "Mr. Brennan") is removed.
     */
    private List<Span> sentenceSpans(String block) {
        List<Span> out = new ArrayList<>();
        for (opennlp.tools.util.Span s : sentences.sentPosDetect(block)) {
            Span span = new Span(s.getStart(), s.getEnd());
            if (!out.isEmpty() && (endsWithInitialOrTitle(block, out.get(out.size() - 1))
                    && Character.isUpperCase(block.charAt(span.begin())) || Character.isLowerCase(block.charAt(span.begin())))) {
                // no sentence starts in lower case: "Mitch McConnell (R-Ky.) accused …" is one sentence
                out.set(out.size() - 1, out.get(out.size() - 1).union(span));
            } else {
                out.add(span);
            }
        }
        return out;
    }

    /**
     * The sentences, with any longer than {@link #MAX_SENTENCE_CHARS} cut into pieces at spaces (or anywhere
     * between two code points when there is none). OpenNLP's tokenizer and tagger take time quadratic in the
     * length of a sentence; a "sentence" that long is not language anyway (10,000 quotation marks, a table).
     */
    static List<Span> bounded(List<Span> sentences, String block) {
        List<Span> out = new ArrayList<>(sentences.size());
        for (Span s : sentences) {
            int begin = s.begin();
            while (s.end() - begin > MAX_SENTENCE_CHARS) {
                int cut = block.lastIndexOf(' ', begin + MAX_SENTENCE_CHARS);
                if (cut <= begin) {
                    cut = begin + MAX_SENTENCE_CHARS;
                    if (Character.isLowSurrogate(block.charAt(cut))) {
                        cut--;
                    }
                }
                out.add(new Span(begin, cut));
                begin = cut;
                while (begin < s.end() && block.charAt(begin) == ' ') {
                    begin++;
                }
            }
            if (begin < s.end()) {
                out.add(new Span(begin, s.end()));
            }
        }
        return out;
    }

    private boolean endsWithInitialOrTitle(String block, Span s) {
        // the sentence's last word, after its last space, read in place
        int end = s.end();
        int space = block.lastIndexOf(' ', end - 1);
        int from = space < s.begin() ? s.begin() : space + 1;
        if (end <= from || block.charAt(end - 1) != '.') {
            return false;
        }
        if (from < end - 1) {
            int first = block.codePointAt(from);
            if (from + Character.charCount(first) == end - 1 && Character.getType(first) == Character.UPPERCASE_LETTER) {
                return true; // an initial: one capital letter (\p{Lu}) and a full stop
            }
        }
        return titleAbbreviations.contains(block.substring(from, end - 1));
    }

    /**
     * The floor that any OpenNLP pipeline pays: sentence detection, tokenisation and tagging of the
     * whole text with the same models, and nothing else. Returns the number of tokens tagged.
     */
    public int tagOnly(String text) {
        int count = 0;
        for (String sentence : sentences.sentDetect(text)) {
            String[] words = tokenizer.tokenize(sentence);
            count += tagger.tag(words).length;
        }
        return count;
    }

    /**
     * A trained OpenNLP name-finder model, wrapped as newsgraph's {@link NameFinder}, so a statistical
     * model can replace or join the rule-based finder without any caller changing. The model reads one
     * sentence at a time; its adaptive data is forgotten at the end of each article. OpenNLP's "location"
     * is newsgraph's place.
     */
    public static NameFinder nameFinder(InputStream trainedModel) throws IOException {
        TokenNameFinderModel model = new TokenNameFinderModel(trainedModel);
        ThreadLocal<TokenNameFinder> finders = ThreadLocal.withInitial(() -> new opennlp.tools.namefind.NameFinderME(model));
        return sentences -> {
            TokenNameFinder finder = finders.get();
            List<NameFinder.Name> names = new ArrayList<>();
            try {
                for (Sentence s : sentences) {
                    String[] words = s.tokens().stream().map(Token::norm).toArray(String[]::new);
                    for (opennlp.tools.util.Span n : finder.find(words)) {
                        String type = n.getType() == null ? null : n.getType().toLowerCase(java.util.Locale.ROOT);
                        names.add(new NameFinder.Name(s.index(), n.getStart(), n.getEnd(),
                                "location".equals(type) ? NameFinder.PLACE : type, n.getProb()));
                    }
                }
            } finally {
                finder.clearAdaptiveData();
            }
            return names;
        };
    }

    /** A sentence to learn names from: its words and its names as token spans {start, end} with their types. */
    public record TrainingSentence(List<String> words, List<int[]> spans, List<String> types) {
    }

    /**
     * Trains an OpenNLP name finder (maximum entropy, OpenNLP's default features, a fixed number of
     * iterations and no cut-off randomness, so the same sentences give the same model) and writes it out.
     * The sentences of one document are given in a row; {@code documentEnds} marks their last ones, where the
     * finder's adaptive data is cleared, as {@link #nameFinder} clears it at the end of each article.
     */
    public static void trainNameFinder(List<TrainingSentence> sentences, java.util.Set<Integer> documentEnds,
                                       int iterations, java.io.OutputStream out) throws IOException {
        List<opennlp.tools.namefind.NameSample> samples = new ArrayList<>(sentences.size());
        boolean clear = true;
        for (int i = 0; i < sentences.size(); i++) {
            TrainingSentence t = sentences.get(i);
            opennlp.tools.util.Span[] names = new opennlp.tools.util.Span[t.spans().size()];
            for (int k = 0; k < names.length; k++) {
                names[k] = new opennlp.tools.util.Span(t.spans().get(k)[0], t.spans().get(k)[1], t.types().get(k));
            }
            samples.add(new opennlp.tools.namefind.NameSample(t.words().toArray(String[]::new), names, clear));
            clear = documentEnds.contains(i);
        }
        opennlp.tools.util.TrainingParameters params = new opennlp.tools.util.TrainingParameters();
        params.put(opennlp.tools.util.TrainingParameters.ALGORITHM_PARAM, "MAXENT");
        params.put(opennlp.tools.util.TrainingParameters.ITERATIONS_PARAM, iterations);
        params.put(opennlp.tools.util.TrainingParameters.CUTOFF_PARAM, 2);
        params.put(opennlp.tools.util.TrainingParameters.THREADS_PARAM, 1);
        TokenNameFinderModel model = opennlp.tools.namefind.NameFinderME.train("en", null,
                opennlp.tools.util.ObjectStreamUtils.createObjectStream(samples), params,
                new opennlp.tools.namefind.TokenNameFinderFactory());
        model.serialize(out);
    }

    /**
     * A text's language by OpenNLP's language detector with its official model ({@code langdetect-183.bin}, 103
     * languages, from {@code opennlp-models-langdetect}): the ISO 639-3 code of the likeliest ({@code eng},
     * {@code spa}, …), its probability, and the probability of English. The model (10 MB) is loaded on first use,
     * once per process.
     */
    public static Language language(CharSequence text) {
        opennlp.tools.langdetect.Language[] all = Languages.DETECTOR.get().predictLanguages(text);
        double english = 0;
        for (opennlp.tools.langdetect.Language l : all) {
            if (l.getLang().equals("eng")) {
                english = l.getConfidence();
            }
        }
        return new Language(all[0].getLang(), all[0].getConfidence(), english);
    }

    /** A detected language: its ISO 639-3 code, the detector's probability for it and for English. */
    public record Language(String code, double confidence, double english) {
    }

    /** The detector's model, loaded on first use; a detector per thread over the one model. */
    private static final class Languages {
        static final LanguageDetectorModel MODEL = read("/langdetect-183.bin", LanguageDetectorModel::new);
        static final ThreadLocal<LanguageDetectorME> DETECTOR = ThreadLocal.withInitial(
                () -> new LanguageDetectorME(MODEL));
    }

    private interface ModelReader<T> {
        T read(InputStream in) throws IOException;
    }

    private static <T> T read(String resource, ModelReader<T> reader) {
        try (InputStream in = OpenNlp.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read OpenNLP model " + resource, e);
        }
    }
}
