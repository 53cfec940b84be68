package dev.candor.render;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * The new notice laid out as its readers see it, with what changed from the old notice marked the
 * way a reviewer's compare tool marks it: deleted words in {@code <del>} and inserted words in
 * {@code <ins>}, inside the paragraph, list item or table cell they belong to; whole sections,
 * entries, rows and paragraphs that appear or go marked as such; unchanged sections folded. A pure
 * function of the two notices' XHTML bodies.
 *
 * <p>Both bodies are parsed as XML (the templates write well-formed XHTML). Sections are matched by
 * id; the children of each element are aligned as a sequence, unchanged ones found first, the rest
 * paired by id or by tag and shared words; table cells pair by position, so a row keeps its
 * columns. The result is an XHTML fragment, valid as HTML too. Every id in it gets a prefix ({@code
 * n-} for the new notice, {@code was-} for removed parts), with the references to them, so it can
 * sit inside another page without clashing ids. Headings move down two levels, below the report's
 * own.
 */
final class MarkedNotice {
  /** The words around a fragment that say what happened to it, per language. */
  record Labels(
      String added,
      String removed,
      String changedSection,
      String addedSection,
      String removedSection,
      String sameSection,
      String show) {}

  /** Elements that hold blocks; an element without any of these below it is a leaf. */
  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "dd",
          "details",
          "div",
          "dl",
          "dt",
          "figure",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "table",
          "tbody",
          "td",
          "tfoot",
          "th",
          "thead",
          "tr",
          "ul");

  private static final Set<String> VOID = Set.of("br", "hr", "img", "wbr");

  /** Attributes that name ids, each a space-separated list of them. */
  private static final Set<String> ID_REFS = Set.of("aria-labelledby", "aria-describedby", "for");

  /** A word (with its inner apostrophes, hyphens and dots), a run of spaces, or one other mark. */
  private static final Pattern TOKEN =
      Pattern.compile("\\s+|[\\p{L}\\p{N}]+(?:['’.,:/@+\\-][\\p{L}\\p{N}]+)*|[^\\s\\p{L}\\p{N}]");

  /** Two blocks share at least this part of their words to count as one block, reworded. */
  private static final double SAME_BLOCK = 0.3;

  private static final String NEW = "n-";
  private static final String OLD = "was-";

  private final Labels labels;
  private final boolean fold;
  private final StringBuilder out = new StringBuilder();

  private MarkedNotice(Labels labels, boolean fold) {
    this.labels = labels;
    this.fold = fold;
  }

  /**
   * The marked-up new notice.
   *
   * @param oldBody the old notice's body as XHTML, one root element around its {@code main}
   * @param newBody the new notice's body, the same way
   * @param fold whether unchanged sections are folded into {@code <details>} (HTML) or shown in
   *     full (PDF, which has no folding)
   */
  static String of(String oldBody, String newBody, Labels labels, boolean fold) {
    MarkedNotice m = new MarkedNotice(labels, fold);
    m.top(main(parse(oldBody)), main(parse(newBody)));
    return m.out.toString();
  }

  // ---- the sections of the notice ----------------------------------------------------------

  private void top(Element oldMain, Element newMain) {
    for (Pair p : align(children(oldMain), children(newMain), false)) {
      boolean section = "section".equals(name(p.neu != null ? p.neu : p.old));
      if (!section) {
        item(p);
      } else if (p.old == null) {
        section((Element) p.neu, NEW, "rl-added", labels.addedSection(), Mark.ADDED);
      } else if (p.neu == null) {
        section((Element) p.old, OLD, "rl-removed", labels.removedSection(), Mark.REMOVED);
      } else if (same(p.old, p.neu)) {
        sameSection((Element) p.neu);
      } else {
        changedSection((Element) p.old, (Element) p.neu);
      }
    }
  }

  /** A section that appears or goes whole: its heading, a note, and all of its text marked. */
  private void section(Element s, String prefix, String cls, String note, Mark mark) {
    open(s, prefix, cls);
    List<Node> kids = children(s);
    int i = 0;
    if (!kids.isEmpty() && isHeading(kids.get(0))) {
      marked((Element) kids.get(0), prefix, mark);
      i = 1;
    }
    note(note);
    for (; i < kids.size(); i++) {
      marked(kids.get(i), prefix, mark);
    }
    close(s);
  }

  private void sameSection(Element s) {
    open(s, NEW, "rl-same");
    List<Node> kids = children(s);
    int i = 0;
    if (!kids.isEmpty() && isHeading(kids.get(0))) {
      copy(kids.get(0), NEW);
      i = 1;
    }
    if (fold) {
      out.append("<details><summary class=\"rl-note\">")
          .append(escape(labels.sameSection()))
          .append(' ')
          .append(escape(labels.show()))
          .append("</summary>\n");
    } else {
      note(labels.sameSection());
    }
    for (; i < kids.size(); i++) {
      copy(kids.get(i), NEW);
    }
    if (fold) {
      out.append("</details>\n");
    }
    close(s);
  }

  private void changedSection(Element x, Element y) {
    open(y, NEW, "rl-changed");
    List<Node> xs = children(x);
    List<Node> ys = children(y);
    if (!ys.isEmpty() && isHeading(ys.get(0)) && !xs.isEmpty() && isHeading(xs.get(0))) {
      item(new Pair(xs.get(0), ys.get(0)));
      note(labels.changedSection());
      xs = xs.subList(1, xs.size());
      ys = ys.subList(1, ys.size());
    } else {
      note(labels.changedSection());
    }
    for (Pair p : align(xs, ys, false)) {
      item(p);
    }
    close(y);
  }

  private void note(String text) {
    out.append("<p class=\"rl-note\">").append(escape(text)).append("</p>\n");
  }

  // ---- blocks ------------------------------------------------------------------------------

  /** One aligned pair: unchanged, changed, added or removed. */
  private void item(Pair p) {
    if (p.old == null) {
      marked(p.neu, NEW, Mark.ADDED);
    } else if (p.neu == null) {
      marked(p.old, OLD, Mark.REMOVED);
    } else if (same(p.old, p.neu)) {
      copy(p.neu, NEW);
    } else if (p.neu instanceof Element y && p.old instanceof Element x) {
      merge(x, y);
    } else {
      words(List.of(p.old), List.of(p.neu));
    }
  }

  /** Two versions of one block: the new one's tag, its content compared word by word. */
  private void merge(Element x, Element y) {
    open(y, NEW, null);
    if (leaf(x) && leaf(y)) {
      words(childNodes(x), childNodes(y));
    } else {
      boolean byPosition = "tr".equals(name(y));
      for (Pair p : align(children(x), children(y), byPosition)) {
        item(p);
      }
    }
    close(y);
  }

  /** What happened to a whole block. */
  private enum Mark {
    ADDED,
    REMOVED
  }

  /**
   * A block that appears or goes whole: its own markup, with the text of each of its leaves inside
   * one {@code ins} or {@code del}, and a class on the block itself.
   */
  private void marked(Node n, String prefix, Mark mark) {
    if (!(n instanceof Element e)) {
      String text = n.getTextContent();
      if (!text.isBlank()) {
        run(mark, () -> out.append(escape(text)));
      } else {
        out.append(escape(text));
      }
      return;
    }
    if (VOID.contains(name(e))) {
      copy(e, prefix);
      return;
    }
    open(e, prefix, mark == Mark.ADDED ? "rl-added" : "rl-removed");
    if (leaf(e)) {
      if (!e.getTextContent().isBlank()) {
        run(mark, () -> childNodes(e).forEach(c -> copy(c, prefix)));
      }
    } else {
      childNodes(e).forEach(c -> marked(c, prefix, mark));
    }
    close(e);
  }

  /** Text inside {@code ins} or {@code del}, with the word a screen reader says first. */
  private void run(Mark mark, Runnable content) {
    String tag = mark == Mark.ADDED ? "ins" : "del";
    out.append('<').append(tag).append("><span class=\"vh\">");
    out.append(escape(mark == Mark.ADDED ? labels.added() : labels.removed())).append(": </span>");
    content.run();
    out.append("</").append(tag).append('>');
  }

  // ---- words -------------------------------------------------------------------------------

  /** A word or a run of spaces, and the inline elements it sits in, outermost first. */
  private record Token(String text, List<Element> inside) {
    String compared() {
      return text.isBlank() ? " " : text;
    }
  }

  /** The inline content of two versions of a leaf, compared word by word. */
  private void words(List<Node> before, List<Node> after) {
    List<Token> x = new ArrayList<>();
    before.forEach(n -> tokens(n, List.of(), x));
    List<Token> y = new ArrayList<>();
    after.forEach(n -> tokens(n, List.of(), y));
    List<String> xs = x.stream().map(Token::compared).toList();
    List<String> ys = y.stream().map(Token::compared).toList();
    List<Run> runs = new ArrayList<>();
    int aty = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(xs, ys).getDeltas()) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      runs.add(new Run(null, y.subList(aty, to)));
      runs.add(new Run(Mark.REMOVED, x.subList(from, from + d.getSource().size())));
      runs.add(new Run(Mark.ADDED, y.subList(to, to + d.getTarget().size())));
      aty = to + d.getTarget().size();
    }
    runs.add(new Run(null, y.subList(aty, y.size())));
    for (Run r : joined(runs)) {
      emit(r.tokens(), r.mark(), r.mark() == Mark.REMOVED ? OLD : NEW);
    }
  }

  /** Tokens kept, removed or added. */
  private record Run(Mark mark, List<Token> tokens) {}

  /**
   * Runs as a reader takes them in: changes with only spaces kept between them become one deletion
   * followed by one insertion ("[-our office-]{+our privacy team+}" rather than a deleted word, a
   * kept space and an inserted one).
   */
  private static List<Run> joined(List<Run> runs) {
    List<Run> out = new ArrayList<>();
    int i = 0;
    while (i < runs.size()) {
      if (runs.get(i).mark() == null) {
        if (!runs.get(i).tokens().isEmpty()) {
          out.add(runs.get(i));
        }
        i++;
        continue;
      }
      List<Token> gone = new ArrayList<>();
      List<Token> come = new ArrayList<>();
      int j = i;
      while (j < runs.size()) {
        Run r = runs.get(j);
        if (r.mark() == Mark.REMOVED) {
          gone.addAll(r.tokens());
        } else if (r.mark() == Mark.ADDED) {
          come.addAll(r.tokens());
        } else if (spaces(r.tokens()) && j + 1 < runs.size() && changes(runs, j + 1)) {
          gone.addAll(r.tokens());
          come.addAll(r.tokens());
        } else {
          break;
        }
        j++;
      }
      if (spaces(gone) || spaces(come)) {
        // Only one side changes: the spaces between its pieces are kept text, as found.
        runs.subList(i, j).stream().filter(r -> !r.tokens().isEmpty()).forEach(out::add);
      } else {
        out.add(new Run(Mark.REMOVED, gone));
        out.add(new Run(Mark.ADDED, come));
      }
      i = Math.max(j, i + 1);
    }
    return out;
  }

  /** Whether a run at or after {@code from} changes something before the next kept text. */
  private static boolean changes(List<Run> runs, int from) {
    for (int k = from; k < runs.size(); k++) {
      Run r = runs.get(k);
      if (r.mark() != null && !r.tokens().isEmpty()) {
        return true;
      }
      if (r.mark() == null && !r.tokens().isEmpty()) {
        return false;
      }
    }
    return false;
  }

  private static boolean spaces(List<Token> tokens) {
    return tokens.stream().allMatch(t -> t.text().isBlank() && !isVoid(t));
  }

  private static void tokens(Node n, List<Element> inside, List<Token> out) {
    if (n instanceof Element e) {
      List<Element> deeper = new ArrayList<>(inside);
      deeper.add(e);
      if (VOID.contains(name(e))) {
        out.add(new Token("", List.copyOf(deeper)));
        return;
      }
      for (Node c : childNodes(e)) {
        tokens(c, deeper, out);
      }
    } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      Matcher m = TOKEN.matcher(n.getNodeValue());
      while (m.find()) {
        out.add(new Token(m.group(), inside));
      }
    }
  }

  /**
   * Tokens as markup: each run of tokens in the same inline elements wrapped in them, and the whole
   * inside one {@code ins} or {@code del} when marked. A run of spaces alone is never marked.
   */
  private void emit(List<Token> tokens, Mark mark, String prefix) {
    if (tokens.isEmpty()) {
      return;
    }
    if (mark != null && tokens.stream().allMatch(t -> t.text().isBlank() && !isVoid(t))) {
      if (mark == Mark.ADDED) {
        out.append(' ');
      }
      return;
    }
    if (mark == null) {
      inline(tokens, prefix);
    } else {
      run(mark, () -> inline(tokens, prefix));
    }
  }

  private void inline(List<Token> tokens, String prefix) {
    int i = 0;
    while (i < tokens.size()) {
      List<Element> inside = tokens.get(i).inside();
      int j = i;
      StringBuilder text = new StringBuilder();
      while (j < tokens.size() && sameElements(tokens.get(j).inside(), inside)) {
        text.append(tokens.get(j).text());
        j++;
      }
      if (text.toString().isBlank()
          && (inside.isEmpty() || !VOID.contains(name(inside.get(inside.size() - 1))))) {
        // Spaces alone keep no element around them: a link of spaces would be a link with no name.
        out.append(escape(text.toString()));
        i = j;
        continue;
      }
      for (Element e : inside) {
        out.append(startTag(e, prefix, null, VOID.contains(name(e)), NEW));
      }
      out.append(escape(text.toString()));
      for (int k = inside.size() - 1; k >= 0; k--) {
        if (!VOID.contains(name(inside.get(k)))) {
          out.append("</").append(name(inside.get(k))).append('>');
        }
      }
      i = j;
    }
  }

  private static boolean isVoid(Token t) {
    return !t.inside().isEmpty() && VOID.contains(name(t.inside().get(t.inside().size() - 1)));
  }

  private static boolean sameElements(List<Element> a, List<Element> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  // ---- alignment ---------------------------------------------------------------------------

  /** A node of the old version, of the new one, or both; null where there is none. */
  private record Pair(Node old, Node neu) {}

  /**
   * The children of two versions of an element, in reading order: unchanged ones first found as the
   * longest common sequence, then within each stretch that differs, pairs of one block reworded and
   * the blocks that were added or removed, each removed block just before what replaced it.
   */
  private static List<Pair> align(List<Node> xs, List<Node> ys, boolean byPosition) {
    List<Pair> out = new ArrayList<>();
    if (byPosition && xs.size() == ys.size()) {
      for (int i = 0; i < xs.size(); i++) {
        out.add(new Pair(xs.get(i), ys.get(i)));
      }
      return out;
    }
    List<String> kx = xs.stream().map(MarkedNotice::canonical).toList();
    List<String> ky = ys.stream().map(MarkedNotice::canonical).toList();
    int ax = 0;
    int ay = 0;
    for (AbstractDelta<String> d : DiffUtils.diff(kx, ky).getDeltas()) {
      int from = d.getSource().getPosition();
      int to = d.getTarget().getPosition();
      for (; ax < from; ax++, ay++) {
        out.add(new Pair(xs.get(ax), ys.get(ay)));
      }
      pairUp(
          xs.subList(from, from + d.getSource().size()),
          ys.subList(to, to + d.getTarget().size()),
          out);
      ax = from + d.getSource().size();
      ay = to + d.getTarget().size();
    }
    for (; ax < xs.size(); ax++, ay++) {
      out.add(new Pair(xs.get(ax), ys.get(ay)));
    }
    return out;
  }

  /** Pairs the blocks of a stretch that differs, in order; the rest were added or removed. */
  private static void pairUp(List<Node> xs, List<Node> ys, List<Pair> out) {
    int i = 0;
    for (Node y : ys) {
      int best = -1;
      double score = -1;
      for (int j = i; j < xs.size(); j++) {
        double s = match(xs.get(j), y, xs.size() == 1 && ys.size() == 1);
        if (s > score) {
          score = s;
          best = j;
        }
      }
      if (best >= 0 && score >= 0) {
        for (; i < best; i++) {
          out.add(new Pair(xs.get(i), null));
        }
        out.add(new Pair(xs.get(best), y));
        i = best + 1;
      } else {
        out.add(new Pair(null, y));
      }
    }
    for (; i < xs.size(); i++) {
      out.add(new Pair(xs.get(i), null));
    }
  }

  /**
   * How well two blocks match, from 0 to 1 (1 for the same id), or -1 when they are different
   * blocks: other tags, other ids, or too few words in common unless they are the only two.
   */
  private static double match(Node x, Node y, boolean only) {
    if (!Objects.equals(name(x), name(y))) {
      return -1;
    }
    String idx = x instanceof Element e ? e.getAttribute("id") : "";
    String idy = y instanceof Element e ? e.getAttribute("id") : "";
    if (!idx.isEmpty() || !idy.isEmpty()) {
      return idx.equals(idy) ? 1 : -1;
    }
    double s = similarity(x.getTextContent(), y.getTextContent());
    return s >= SAME_BLOCK || only ? s : -1;
  }

  /** The share of distinct words two texts have in common (Jaccard). */
  static double similarity(String a, String b) {
    Set<String> x = words(a);
    Set<String> y = words(b);
    if (x.isEmpty() && y.isEmpty()) {
      return 1;
    }
    Set<String> both = new HashSet<>(x);
    both.retainAll(y);
    Set<String> either = new HashSet<>(x);
    either.addAll(y);
    return (double) both.size() / either.size();
  }

  private static Set<String> words(String s) {
    Set<String> out = new HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private static boolean same(Node x, Node y) {
    return canonical(x).equals(canonical(y));
  }

  /** A node as markup with its whitespace collapsed: equal for blocks a reader sees as equal. */
  private static String canonical(Node n) {
    StringBuilder b = new StringBuilder();
    canonical(n, b);
    return b.toString().replaceAll("\\s+", " ").strip();
  }

  private static void canonical(Node n, StringBuilder b) {
    if (n instanceof Element e) {
      b.append('<').append(name(e));
      NamedNodeMap a = e.getAttributes();
      for (int i = 0; i < a.getLength(); i++) {
        b.append(' ').append(a.item(i).getNodeName()).append('=').append(a.item(i).getNodeValue());
      }
      b.append('>');
      childNodes(e).forEach(c -> canonical(c, b));
      b.append("</>");
    } else {
      b.append(n.getTextContent());
    }
  }

  // ---- markup ------------------------------------------------------------------------------

  private void copy(Node n, String prefix) {
    if (n instanceof Element e) {
      boolean empty = VOID.contains(name(e));
      out.append(startTag(e, prefix, null, empty));
      if (!empty) {
        childNodes(e).forEach(c -> copy(c, prefix));
        out.append("</").append(tag(e)).append('>');
      }
    } else if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(escape(n.getNodeValue()));
    }
  }

  private void open(Element e, String prefix, String cls) {
    out.append(startTag(e, prefix, cls, false));
  }

  private void close(Element e) {
    out.append("</").append(tag(e)).append(">");
    if (BLOCKS.contains(name(e)) || "section".equals(name(e))) {
      out.append('\n');
    }
  }

  /** The tag as written out: headings two levels down, below the report's own headings. */
  private static String tag(Element e) {
    String n = name(e);
    if (n.length() == 2 && n.charAt(0) == 'h' && Character.isDigit(n.charAt(1))) {
      return "h" + Math.min(6, n.charAt(1) - '0' + 2);
    }
    return n;
  }

  private static String startTag(Element e, String prefix, String cls, boolean empty) {
    return startTag(e, prefix, cls, empty, prefix);
  }

  /**
   * A start tag with ids prefixed by {@code prefix} and links within the page by {@code links}: a
   * word deleted inside a block still links to where that place is in the new notice.
   */
  private static String startTag(
      Element e, String prefix, String cls, boolean empty, String links) {
    StringBuilder b = new StringBuilder("<").append(tag(e));
    NamedNodeMap a = e.getAttributes();
    boolean hasClass = false;
    for (int i = 0; i < a.getLength(); i++) {
      String k = a.item(i).getNodeName();
      String v = a.item(i).getNodeValue();
      if (k.equals("xmlns") || k.startsWith("xmlns:")) {
        continue;
      }
      if (k.equals("id")) {
        v = prefix + v;
      } else if (ID_REFS.contains(k)) {
        v =
            String.join(
                " ", java.util.Arrays.stream(v.split("\\s+")).map(r -> prefix + r).toList());
      } else if (k.equals("href") && v.startsWith("#") && v.length() > 1) {
        v = "#" + links + v.substring(1);
      } else if (k.equals("class") && cls != null) {
        v = v + " " + cls;
        hasClass = true;
      }
      b.append(' ').append(k).append("=\"").append(escape(v)).append('"');
    }
    if (cls != null && !hasClass) {
      b.append(" class=\"").append(cls).append('"');
    }
    return b.append(empty ? "/>" : ">").toString();
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  // ---- the tree ----------------------------------------------------------------------------

  private static boolean leaf(Element e) {
    NodeList all = e.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      if (BLOCKS.contains(name(all.item(i)))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isHeading(Node n) {
    String name = name(n);
    return name != null && name.matches("h[1-6]");
  }

  private static String name(Node n) {
    return n instanceof Element e ? e.getTagName().toLowerCase(Locale.ROOT) : "#text";
  }

  /** Element children and text that is not only spaces, in order. */
  private static List<Node> children(Node parent) {
    List<Node> out = new ArrayList<>();
    for (Node c : childNodes(parent)) {
      if (c instanceof Element || (isText(c) && !c.getNodeValue().isBlank())) {
        out.add(c);
      }
    }
    return out;
  }

  private static boolean isText(Node n) {
    return n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE;
  }

  private static List<Node> childNodes(Node parent) {
    List<Node> out = new ArrayList<>();
    NodeList l = parent.getChildNodes();
    for (int i = 0; i < l.getLength(); i++) {
      Node c = l.item(i);
      if (c instanceof Element || isText(c)) {
        out.add(c);
      }
    }
    return out;
  }

  private static Element main(Document d) {
    NodeList mains = d.getElementsByTagName("main");
    return mains.getLength() > 0 ? (Element) mains.item(0) : d.getDocumentElement();
  }

  /** Parses XHTML written by Candor's templates, with no DTD and no external entities. */
  private static Document parse(String xhtml) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(
          new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void fatalError(org.xml.sax.SAXParseException e) throws SAXException {
              throw e;
            }
          });
      return b.parse(new InputSource(new StringReader(xhtml)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new IllegalArgumentException("the notice's XHTML cannot be read: " + e.getMessage(), e);
    }
  }
}
