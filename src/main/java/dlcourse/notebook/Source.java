package dlcourse.notebook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The library's own source code of a method, shown in a notebook with its comments and highlighted:
 * the one copy in {@code src/main/java}, never a pasted one. The library's jar carries its sources,
 * so this works wherever the library runs.
 *
 * <pre>{@code
 * Source.of(Value.class, "backward", "topologicalOrder")   // the last expression of a cell: shown highlighted
 * Source.of(ScratchConvolution.class, "apply").toString()  // plain text
 * }</pre>
 */
public final class Source {

    /** Where pom.xml puts the sources inside the jar. */
    static final String RESOURCES = "/dlcourse/sources/";

    private static final Set<String> KEYWORDS = Set.of("abstract", "boolean", "break", "byte", "case", "catch",
            "char", "class", "continue", "default", "do", "double", "else", "enum", "extends", "final", "finally",
            "float", "for", "if", "implements", "import", "instanceof", "int", "interface", "long", "new",
            "package", "private", "protected", "public", "return", "short", "static", "super", "switch",
            "synchronized", "this", "throw", "throws", "try", "var", "void", "volatile", "while", "true",
            "false", "null", "record", "yield");
    private static final Pattern DECLARATION = Pattern.compile(
            "^\\s*(?:@\\w+\\s+)*(?:(?:public|protected|private|static|final|abstract|synchronized|default)\\s+)*"
                    + "(?:<[^>]+>\\s+)?[\\w.$<>\\[\\], ?]+\\s+(\\w+)\\s*\\(");

    private final String file;
    private final List<String> names;
    private final String code;
    private final int firstLine;
    private final int lastLine;

    private Source(String file, List<String> names, String code, int firstLine, int lastLine) {
        this.file = file;
        this.names = names;
        this.code = code;
        this.firstLine = firstLine;
        this.lastLine = lastLine;
    }

    /**
     * The methods (every overload of each name, in the order given) of {@code type}, each with the
     * comments above it.
     */
    public static Source of(Class<?> type, String... methods) {
        if (type == null || methods == null || methods.length == 0) {
            throw new IllegalArgumentException("Source.of expected a class of the library and one or more method"
                    + " names but was given " + (type == null ? "no class" : type.getSimpleName() + " and no method")
                    + "; e.g. Source.of(Value.class, \"backward\")");
        }
        Class<?> outer = type;
        while (outer.getEnclosingClass() != null) {
            outer = outer.getEnclosingClass();
        }
        String file = outer.getName().replace('.', '/') + ".java";
        List<String> lines = Arrays.asList(read(type, file).split("\n", -1));
        List<String> pieces = new ArrayList<>();
        int first = Integer.MAX_VALUE;
        int last = 0;
        for (String method : methods) {
            List<int[]> found = find(lines, method);
            if (found.isEmpty()) {
                throw new IllegalArgumentException("Source.of expected a method of " + outer.getSimpleName()
                        + " but was given '" + method + "'; its methods are " + methodNames(lines));
            }
            for (int[] range : found) {
                pieces.add(dedent(lines.subList(range[0], range[1] + 1)));
                first = Math.min(first, range[0] + 1);
                last = Math.max(last, range[1] + 1);
            }
        }
        return new Source("src/main/java/" + file, List.of(methods), String.join("\n\n", pieces), first, last);
    }

    private static String read(Class<?> type, String file) {
        try (InputStream in = Source.class.getResourceAsStream(RESOURCES + file)) {
            if (in == null) {
                throw new IllegalStateException("The library's jar carries no source for " + type.getName()
                        + " (" + RESOURCES + file + "): it shows only the library's own classes; for one of"
                        + " them, rebuild the jar with `./course setup`");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the source of " + type.getName() + ": " + e.getMessage(), e);
        }
    }

    /** [first line, last line] (0-based) of each declaration of {@code method}, comments above included. */
    static List<int[]> find(List<String> lines, String method) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = DECLARATION.matcher(lines.get(i));
            if (!m.find() || !m.group(1).equals(method) || lines.get(i).trim().startsWith("return")) {
                continue;
            }
            int end = endOfBody(lines, i);
            if (end < 0) {
                continue;   // a call or an abstract declaration, not a body
            }
            int start = i;
            while (start > 0 && isCommentOrAnnotation(lines.get(start - 1))) {
                start--;
            }
            ranges.add(new int[] {start, end});
            i = end;
        }
        return ranges;
    }

    private static boolean isCommentOrAnnotation(String line) {
        String t = line.trim();
        return t.startsWith("/**") || t.startsWith("*") || t.startsWith("//") || t.startsWith("@");
    }

    /** The line with the brace that closes the body opened after line {@code from}; -1 if a ';' comes first. */
    private static int endOfBody(List<String> lines, int from) {
        int depth = 0;
        boolean opened = false;
        boolean blockComment = false;
        for (int i = from; i < lines.size(); i++) {
            String line = lines.get(i);
            for (int c = 0; c < line.length(); c++) {
                char ch = line.charAt(c);
                if (blockComment) {
                    if (ch == '*' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                        blockComment = false;
                        c++;
                    }
                } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '/') {
                    break;
                } else if (ch == '/' && c + 1 < line.length() && line.charAt(c + 1) == '*') {
                    blockComment = true;
                    c++;
                } else if (ch == '"' || ch == '\'') {
                    c = endOfLiteral(line, c);
                } else if (ch == ';' && !opened && depth == 0) {
                    return -1;
                } else if (ch == '{') {
                    depth++;
                    opened = true;
                } else if (ch == '}') {
                    depth--;
                    if (opened && depth == 0) {
                        return i;
                    }
                }
            }
        }
        return -1;
    }

    /** The index of the quote that ends the string or character literal starting at {@code start}. */
    private static int endOfLiteral(String line, int start) {
        char quote = line.charAt(start);
        for (int c = start + 1; c < line.length(); c++) {
            if (line.charAt(c) == '\\') {
                c++;
            } else if (line.charAt(c) == quote) {
                return c;
            }
        }
        return line.length();
    }

    private static String methodNames(List<String> lines) {
        Set<String> names = new TreeSet<>();
        for (String line : lines) {
            Matcher m = DECLARATION.matcher(line);
            if (m.find() && !line.trim().startsWith("return") && !line.trim().startsWith("new")) {
                names.add(m.group(1));
            }
        }
        return String.join(", ", names);
    }

    private static String dedent(List<String> lines) {
        int indent = lines.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            out.append(line.isBlank() ? "" : line.substring(indent)).append('\n');
        }
        return out.toString().stripTrailing();
    }

    /** The code, as plain text. */
    public String code() {
        return code;
    }

    /** Where it comes from: the file and its lines. */
    public String location() {
        return file + ", lines " + firstLine + "–" + lastLine;
    }

    /** The code in a highlighted block with its location as a caption, for the notebook. */
    public String toHtml() {
        return "<div style=\"margin:0.3em 0\"><div style=\"font-size:85%;color:#555;margin-bottom:0.2em\">"
                + escape(String.join(", ", names)) + " · " + escape(location()) + "</div>"
                + "<pre style=\"background:#f7f7f7;border-left:3px solid #1f77b4;padding:0.6em 0.8em;"
                + "margin:0;overflow-x:auto;line-height:1.35\">"
                // JupyterLab's own style for inline code would paint the indentation white.
                + "<code style=\"background:transparent;padding:0;border:0\">" + highlight(code) + "</code></pre></div>";
    }

    /** Java source as HTML: keywords, strings, numbers, annotations and comments each in their colour. */
    static String highlight(String java) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < java.length()) {
            char ch = java.charAt(i);
            int end;
            String style = null;
            if (java.startsWith("//", i)) {
                end = java.indexOf('\n', i);
                end = end < 0 ? java.length() : end;
                style = "color:#3d7b7b;font-style:italic";
            } else if (java.startsWith("/*", i)) {
                end = java.indexOf("*/", i + 2);
                end = end < 0 ? java.length() : end + 2;
                style = "color:#3d7b7b;font-style:italic";
            } else if (ch == '"' || ch == '\'') {
                int lineEnd = java.indexOf('\n', i);
                String line = java.substring(i, lineEnd < 0 ? java.length() : lineEnd);
                end = i + Math.min(line.length(), endOfLiteral(line, 0) + 1);
                style = "color:#ba2121";
            } else if (Character.isJavaIdentifierStart(ch) || ch == '@') {
                end = i + 1;
                while (end < java.length() && Character.isJavaIdentifierPart(java.charAt(end))) {
                    end++;
                }
                String word = java.substring(i, end);
                style = ch == '@' ? "color:#aa22ff" : KEYWORDS.contains(word) ? "color:#008000;font-weight:bold" : null;
            } else if (Character.isDigit(ch)) {
                end = i + 1;
                while (end < java.length() && (Character.isLetterOrDigit(java.charAt(end)) || java.charAt(end) == '.'
                        || java.charAt(end) == '_')) {
                    end++;
                }
                style = "color:#666666";
            } else {
                end = i + 1;
            }
            String text = escape(java.substring(i, end));
            out.append(style == null ? text : "<span style=\"" + style + "\">" + text + "</span>");
            i = end;
        }
        return out.toString();
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    @Override
    public String toString() {
        return "// " + location() + "\n" + code;
    }
}
