package org.upperback.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Checks data/figures.yaml, the frames templates/components/figure.ftl draws: every published
 * exercise has 2 or 3 frames seen from one camera (one view), every frame uses only the joints, views,
 * faces and props the file's own vocabulary lists, with every position inside the drawing box, and
 * every arrow names a joint (and side) that moves between the frames. Problems name the line and the
 * field, such as {@code exercises.row.frames[2].joints.elbow.near} (frames count from 1, as the
 * pictures on the page do).
 */
final class FigureCheck {
  static final String FILE = "data/figures.yaml";
  static final int MIN_FRAMES = 2;
  /** templates/css/move.css has a loop for 2 and for 3 frames. */
  static final int MAX_FRAMES = 3;
  static final Set<String> FRAME_FIELDS = Set.of("label", "alt", "view", "face", "near", "lifted", "bend", "floor", "joints", "props");
  /** How far a frame's bend may move the middle of the back, in each direction. */
  static final double MAX_BEND = 12;
  /** The limbs figure.ftl can draw lifted off the floor (over their shadow). */
  static final List<String> LIFTED = List.of("arms", "legs");
  static final Set<String> EXERCISE_FIELDS = Set.of("frames", "crop", "arrows");
  static final Set<String> PROP_FIELDS = Set.of("prop", "at", "to");

  private final List<Problem> problems = new ArrayList<>();
  private final Rules rules;
  private double box = 100;
  private double margin;
  private double top;
  private double bottom;
  private final List<String> joints = new ArrayList<>();
  private final Set<String> paired = new LinkedHashSet<>();
  private final Map<String, List<String>> views = new LinkedHashMap<>();
  private final Set<String> props = new LinkedHashSet<>();
  private final Set<String> parts = new LinkedHashSet<>();
  private final Set<String> faces = new LinkedHashSet<>();

  private FigureCheck(Rules rules) {
    this.rules = rules;
  }

  /** Problems in data/figures.yaml, and published exercises among {@code files} without frames. */
  static List<Problem> check(List<ContentFile> files, Rules rules) {
    FigureCheck c = new FigureCheck(rules);
    if (rules.figuresProblem != null) {
      c.problems.add(rules.figuresProblem);
      return c.problems;
    }
    Node root = rules.figures;
    if (!(root instanceof MappingNode m)) {
      c.problems.add(new Problem(FILE, 0, "file", "expected the keys box, joints, paired, views, faces, props, parts, worked and exercises"));
      return c.problems;
    }
    c.run(map(m), files);
    return c.problems;
  }

  private void run(Map<String, Node> root, List<ContentFile> files) {
    readVocabulary(root);
    Map<String, ContentFile> exercises = new LinkedHashMap<>();
    for (ContentFile f : files) {
      if ("exercise".equals(f.get("type")) && f.path.endsWith(".md")) {
        String name = f.path.substring(f.path.lastIndexOf('/') + 1);
        exercises.put(name.substring(0, name.length() - ".md".length()), f);
      }
    }
    Map<String, Node> blocks = root.get("exercises") instanceof MappingNode m ? map(m) : Map.of();
    if (root.containsKey("exercises") && !(root.get("exercises") instanceof MappingNode)) {
      problem(root.get("exercises"), "exercises", "expected one block per exercise, named after its file (row: for content/exercises/row.md)");
    }
    // A block without its exercise is left over from a removed page: harmless, and a misspelt name
    // shows as the exercise's missing frames below.
    blocks.forEach(this::checkExercise);
    exercises.forEach((id, f) -> {
      Node block = blocks.get(id);
      boolean hasFrames = block instanceof MappingNode b && map(b).get("frames") instanceof SequenceNode s && !s.getValue().isEmpty();
      if (f.published() && !hasFrames) {
        problems.add(new Problem(f.path, 0, "pictures", "no frames in " + FILE + " (expected a block \"" + Visible.show(id)
            + ":\" under exercises: with " + MIN_FRAMES + " or " + MAX_FRAMES + " frames); every published exercise"
            + " shows its move (docs/pictures.md)"));
      }
    });
  }

  private void readVocabulary(Map<String, Node> root) {
    Double b = number(root.get("box"));
    if (b == null || b <= 0) {
      problem(root.get("box"), "box", "expected the size of the drawing box, a number such as 100");
    } else {
      box = b;
    }
    if (root.containsKey("margin")) {
      Double m = number(root.get("margin"));
      if (m == null || m < 0 || 2 * m >= box) {
        problem(root.get("margin"), "margin", "expected how far joints stay inside the box, a number such as 6");
      } else {
        margin = m;
      }
    }
    joints.addAll(strings(root.get("joints"), "joints"));
    for (String p : strings(root.get("paired"), "paired")) {
      if (!joints.contains(p)) {
        problem(root.get("paired"), "paired", "\"" + p + "\" is not in joints: " + String.join(", ", joints));
      }
      paired.add(p);
    }
    if (root.get("views") instanceof MappingNode v) {
      map(v).forEach((view, sides) -> {
        List<String> names = strings(sides, "views." + view);
        if (names.size() != 2) {
          problem(sides, "views." + view, "expected the names of its two sides, such as [far, near]");
        }
        views.put(view, names);
      });
    } else {
      problem(root.get("views"), "views", "expected each view with the names of its two sides, such as side: [far, near]");
    }
    if (root.get("props") instanceof MappingNode p) {
      map(p).forEach((layer, list) -> props.addAll(strings(list, "props." + layer)));
    } else {
      problem(root.get("props"), "props", "expected the props by layer: behind: [...] and in-front: [...]");
    }
    if (root.containsKey("faces")) {
      faces.addAll(strings(root.get("faces"), "faces"));
    }
    if (root.containsKey("parts")) {
      parts.addAll(strings(root.get("parts"), "parts"));
    }
    if (root.get("worked") instanceof MappingNode w) {
      List<String> muscles = rules.vocabulary.getOrDefault("muscles", List.of());
      map(w).forEach((part, list) -> {
        if (!parts.contains(part)) {
          problem(list, "worked." + part, "unknown body part; the drawing can tint (parts:): " + String.join(", ", parts));
        }
        for (String muscle : strings(list, "worked." + part)) {
          if (!muscles.contains(muscle)) {
            problem(list, "worked." + part, "unknown muscle \"" + muscle + "\"; allowed (data/vocabulary.yaml): " + String.join(", ", muscles));
          }
        }
      });
    }
  }

  private void checkExercise(String id, Node node) {
    String field = "exercises." + id;
    if (!(node instanceof MappingNode m)) {
      problem(node, field, "expected frames: (and optionally crop:)");
      return;
    }
    Map<String, Node> block = map(m);
    for (String key : block.keySet()) {
      if (!EXERCISE_FIELDS.contains(key)) {
        problem(block.get(key), field + "." + key, "unknown field; an exercise block has frames and, optionally, crop and arrows");
      }
    }
    top = 0;
    bottom = box;
    if (block.containsKey("crop")) {
      double[] crop = point(block.get("crop"), field + ".crop", "[top, bottom], the band of the box the pictures show, such as [50, "
          + fmt(box) + "]");
      if (crop != null && !(0 <= crop[0] && crop[0] < crop[1] && crop[1] <= box)) {
        problem(block.get("crop"), field + ".crop", "found [" + fmt(crop[0]) + ", " + fmt(crop[1]) + "]; expected [top, bottom]"
            + " with 0 <= top < bottom <= " + fmt(box));
      } else if (crop != null) {
        top = crop[0];
        bottom = crop[1];
      }
    }
    if (!(block.get("frames") instanceof SequenceNode frames)) {
      problem(node, field + ".frames", "missing; expected a list of " + MIN_FRAMES + " or " + MAX_FRAMES + " frames");
      return;
    }
    int n = frames.getValue().size();
    if (n < MIN_FRAMES || n > MAX_FRAMES) {
      problem(frames, field + ".frames", "has " + n + " frame" + (n == 1 ? "" : "s") + "; expected " + MIN_FRAMES + " or " + MAX_FRAMES
          + " (start and end, and a middle one where the move needs it)");
    }
    Set<String> poses = new LinkedHashSet<>();
    String firstView = null;
    for (int i = 0; i < n; i++) {
      Node frame = frames.getValue().get(i);
      poses.add(checkFrame(frame, field + ".frames[" + (i + 1) + "]"));
      if (frame instanceof MappingNode fm && map(fm).get("view") instanceof ScalarNode v && views.containsKey(v.getValue())) {
        if (firstView == null) {
          firstView = v.getValue();
        } else if (!firstView.equals(v.getValue())) {
          problem(v, field + ".frames[" + (i + 1) + "].view", "\"" + v.getValue() + "\", but frame 1 is \"" + firstView
              + "\"; every frame of a move is seen from one camera, so the move does not seem to jump");
        }
      }
    }
    if (n >= MIN_FRAMES && poses.size() == 1) {
      problem(frames, field + ".frames", "every frame has the same joints; the frames must show the move");
    }
    if (block.containsKey("arrows")) {
      checkArrows(block.get("arrows"), field + ".arrows", frames, firstView);
    }
  }

  /** arrows: [back] shows the middle of the back moving, so the frames' bend must differ. */
  private void checkBackArrow(Node node, String field, SequenceNode frames) {
    Set<String> bends = new LinkedHashSet<>();
    for (Node f : frames.getValue()) {
      if (f instanceof MappingNode fm) {
        Node bend = map(fm).get("bend");
        bends.add(bend == null ? "[0, 0]" : text(bend));
      }
    }
    if (bends.size() < 2) {
      problem(node, field, "\"back\": the back does not move between the frames (their bend is the same);"
          + " an arrow shows what moves");
    }
  }

  /** Each arrow is "joint" or "joint.side", a joint that moves from one frame to the next. */
  private void checkArrows(Node node, String field, SequenceNode frames, String view) {
    List<String> sides = view == null ? List.of() : views.getOrDefault(view, List.of());
    for (String arrow : strings(node, field)) {
      if (arrow.equals("back")) {
        checkBackArrow(node, field, frames);
        continue;
      }
      String joint = arrow.contains(".") ? arrow.substring(0, arrow.indexOf('.')) : arrow;
      String side = arrow.contains(".") ? arrow.substring(arrow.indexOf('.') + 1) : null;
      if (!joints.contains(joint)) {
        problem(node, field, "\"" + arrow + "\": unknown joint \"" + joint + "\"; allowed: " + String.join(", ", joints)
            + " (add .side for one side, such as hand.near), or back");
      } else if (side != null && !sides.contains(side)) {
        problem(node, field, "\"" + arrow + "\": unknown side \"" + side + "\" for a " + view + " view; its sides are "
            + String.join(" and ", sides));
      } else {
        Set<String> places = new LinkedHashSet<>();
        for (Node f : frames.getValue()) {
          if (f instanceof MappingNode fm && map(fm).get("joints") instanceof MappingNode jm) {
            Node p = map(jm).get(joint);
            if (side != null && p instanceof MappingNode ps) {
              p = map(ps).get(side);
            }
            places.add(text(p));
          }
        }
        if (places.size() < 2) {
          problem(node, field, "\"" + arrow + "\": that joint does not move between the frames; an arrow shows what moves");
        }
      }
    }
  }

  /** Checks one frame; returns its joints as text, to compare frames. */
  private String checkFrame(Node node, String field) {
    if (!(node instanceof MappingNode m)) {
      problem(node, field, "expected a frame: label, alt, view, joints, and optionally floor and props");
      return "";
    }
    Map<String, Node> frame = map(m);
    for (String key : frame.keySet()) {
      if (!FRAME_FIELDS.contains(key)) {
        problem(frame.get(key), field + "." + key, "unknown field; a frame has: label, alt, view, face, near, lifted, bend, floor, joints, props");
      }
    }
    for (String text : List.of("label", "alt")) {
      if (!(frame.get(text) instanceof ScalarNode s) || s.getValue().isBlank()) {
        problem(frame.containsKey(text) ? frame.get(text) : node, field + "." + text, "missing; "
            + (text.equals("label") ? "a short name for the frame, such as Start" : "words that say the position, for readers who cannot see the picture"));
      }
    }
    String view = frame.get("view") instanceof ScalarNode v ? v.getValue() : "";
    List<String> sides = views.get(view);
    if (sides == null) {
      problem(frame.containsKey("view") ? frame.get("view") : node, field + ".view", (view.isEmpty() ? "missing" : "unknown view \"" + view + "\"")
          + "; allowed: " + String.join(", ", views.keySet()));
    }
    if (frame.containsKey("face")) {
      String face = frame.get("face") instanceof ScalarNode v ? v.getValue() : "";
      if (!faces.contains(face)) {
        problem(frame.get("face"), field + ".face", "found " + text(frame.get("face")) + "; expected where the person looks: "
            + String.join(", ", faces));
      }
    }
    if (frame.containsKey("lifted")) {
      for (String limb : strings(frame.get("lifted"), field + ".lifted")) {
        if (!LIFTED.contains(limb)) {
          problem(frame.get("lifted"), field + ".lifted", "unknown \"" + limb + "\"; expected the limbs off the floor: " + String.join(", ", LIFTED));
        }
      }
    }
    if (frame.containsKey("near") && sides != null) {
      String near = frame.get("near") instanceof ScalarNode v ? v.getValue() : "";
      if (!sides.contains(near)) {
        problem(frame.get("near"), field + ".near", "found " + text(frame.get("near")) + "; expected the side nearer the camera: "
            + String.join(" or ", sides));
      }
    }
    if (frame.containsKey("floor")) {
      Double floor = number(frame.get("floor"));
      if (floor == null || floor < top || floor > bottom) {
        problem(frame.get("floor"), field + ".floor", "found " + text(frame.get("floor")) + "; expected the height of the floor line, a number from "
            + fmt(top) + " to " + fmt(bottom));
      }
    }
    StringBuilder pose = new StringBuilder();
    if (frame.containsKey("bend")) {
      // The middle of the back moved off the straight line from shoulders to hips (a rounded or dipped back).
      double[] b = point(frame.get("bend"), field + ".bend", "[x, y], how far the middle of the back moves, two numbers from -" + fmt(MAX_BEND)
          + " to " + fmt(MAX_BEND));
      if (b != null && (Math.abs(b[0]) > MAX_BEND || Math.abs(b[1]) > MAX_BEND)) {
        problem(frame.get("bend"), field + ".bend", "found " + text(frame.get("bend")) + "; expected how far the middle of the back moves, [x, y], two numbers from -"
            + fmt(MAX_BEND) + " to " + fmt(MAX_BEND));
      }
      pose.append("bend=").append(text(frame.get("bend"))).append(';');
    }
    if (frame.get("joints") instanceof MappingNode j) {
      Map<String, Node> given = map(j);
      for (Map.Entry<String, Node> e : given.entrySet()) {
        String joint = e.getKey();
        String at = field + ".joints." + joint;
        if (!joints.contains(joint)) {
          problem(e.getValue(), at, "unknown joint; allowed: " + String.join(", ", joints));
        } else if (e.getValue() instanceof MappingNode perSide) {
          if (!paired.contains(joint)) {
            problem(e.getValue(), at, "expected one point [x, y]; only " + String.join(", ", paired) + " have a point per side");
            continue;
          }
          Map<String, Node> bySide = map(perSide);
          for (Map.Entry<String, Node> s : bySide.entrySet()) {
            if (sides != null && !sides.contains(s.getKey())) {
              problem(s.getValue(), at + "." + s.getKey(), "unknown side for a " + view + " view; its sides are " + String.join(" and ", sides));
            } else {
              inBox(s.getValue(), at + "." + s.getKey(), margin);
            }
          }
          if (sides != null && !bySide.keySet().containsAll(sides)) {
            problem(e.getValue(), at, "expected a point for each side: " + String.join(" and ", sides) + " (or one point [x, y] for both)");
          }
        } else {
          inBox(e.getValue(), at, margin);
        }
        pose.append(joint).append('=').append(text(e.getValue())).append(';');
      }
      for (String joint : joints) {
        if (!given.containsKey(joint)) {
          problem(node, field + ".joints." + joint, "missing; every frame gives all the joints: " + String.join(", ", joints));
        }
      }
    } else {
      problem(frame.containsKey("joints") ? frame.get("joints") : node, field + ".joints", "missing; expected the joints "
          + String.join(", ", joints) + ", each [x, y]");
    }
    if (frame.containsKey("props")) {
      if (!(frame.get("props") instanceof SequenceNode list)) {
        problem(frame.get("props"), field + ".props", "expected a list such as - {prop: bench, at: [10, 70], to: [60, 70]}");
      } else {
        for (int i = 0; i < list.getValue().size(); i++) {
          checkProp(list.getValue().get(i), field + ".props[" + (i + 1) + "]");
        }
      }
    }
    return pose.toString();
  }

  private void checkProp(Node node, String field) {
    if (!(node instanceof MappingNode m)) {
      problem(node, field, "expected {prop: name, at: [x, y]}, and to: [x, y] for a prop with a length");
      return;
    }
    Map<String, Node> prop = map(m);
    for (String key : prop.keySet()) {
      if (!PROP_FIELDS.contains(key)) {
        problem(prop.get(key), field + "." + key, "unknown field; a prop has: prop, at, to");
      }
    }
    String name = prop.get("prop") instanceof ScalarNode s ? s.getValue() : "";
    if (!props.contains(name)) {
      problem(prop.containsKey("prop") ? prop.get("prop") : node, field + ".prop", (name.isEmpty() ? "missing" : "unknown prop \"" + name + "\"")
          + "; allowed: " + String.join(", ", props));
    }
    if (!prop.containsKey("at")) {
      problem(node, field + ".at", "missing; expected where the prop is drawn, [x, y]");
    } else {
      inBox(prop.get("at"), field + ".at", 0);
    }
    if (prop.containsKey("to")) {
      inBox(prop.get("to"), field + ".to", 0);
    }
  }

  /** A point [x, y] inside the box (and the exercise's crop band), {@code inset} from its edges. */
  private void inBox(Node node, String field, double inset) {
    double[] p = point(node, field, "[x, y], two numbers from 0 to " + fmt(box));
    if (p != null && (p[0] < inset || p[0] > box - inset || p[1] < top + inset || p[1] > bottom - inset)) {
      problem(node, field, "found " + text(node) + ", outside the drawing box; x must be from " + fmt(inset) + " to " + fmt(box - inset)
          + " and y from " + fmt(top + inset) + " to " + fmt(bottom - inset) + (top > 0 || bottom < box ? " (the exercise's crop)" : "")
          + (inset > 0 ? " (joints stay " + fmt(inset) + " inside the edges: margin)" : ""));
    }
  }

  private double[] point(Node node, String field, String expected) {
    if (node instanceof SequenceNode s && s.getValue().size() == 2) {
      Double x = number(s.getValue().get(0));
      Double y = number(s.getValue().get(1));
      if (x != null && y != null) {
        return new double[] {x, y};
      }
    }
    problem(node, field, "found " + text(node) + "; expected " + expected);
    return null;
  }

  private List<String> strings(Node node, String field) {
    List<String> out = new ArrayList<>();
    if (node instanceof SequenceNode s && s.getValue().stream().allMatch(n -> n instanceof ScalarNode)) {
      s.getValue().forEach(n -> out.add(((ScalarNode) n).getValue()));
    } else {
      problem(node, field, "expected a list of names, such as [a, b]");
    }
    return out;
  }

  private void problem(Node node, String field, String message) {
    problems.add(new Problem(FILE, node == null ? 0 : node.getStartMark().getLine() + 1, field, message));
  }

  private static Map<String, Node> map(MappingNode m) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (NodeTuple t : m.getValue()) {
      if (t.getKeyNode() instanceof ScalarNode k) {
        out.put(k.getValue(), t.getValueNode());
      }
    }
    return out;
  }

  private static Double number(Node node) {
    if (node instanceof ScalarNode s) {
      try {
        double d = Double.parseDouble(s.getValue());
        return Double.isFinite(d) ? d : null;
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  /** A node as the editor wrote it, roughly: [1, 2], {near: [1, 2]}, or the text. */
  private static String text(Node node) {
    if (node instanceof ScalarNode s) {
      return s.getValue().isEmpty() ? "nothing" : "\"" + s.getValue() + "\"";
    } else if (node instanceof SequenceNode s) {
      return "[" + String.join(", ", s.getValue().stream().map(n -> n instanceof ScalarNode v ? v.getValue() : text(n)).toList()) + "]";
    } else if (node instanceof MappingNode m) {
      List<String> parts = new ArrayList<>();
      map(m).forEach((k, v) -> parts.add(k + ": " + text(v)));
      return "{" + String.join(", ", parts) + "}";
    }
    return "nothing";
  }

  private static String fmt(double d) {
    return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
  }
}
