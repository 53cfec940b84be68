package dev.candor.problem;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each part of an inventory was written, by path: {@code data[2].purposes[0]}.
 *
 * <p>Paths name list items by index, so checks can point at the exact entry.
 */
public record SourceMap(String file, Map<String, Location> locations) implements Serializable {
  public SourceMap {
    locations = Map.copyOf(locations);
  }

  /** Written as its file and a flat list of paths and places: hundreds of them per inventory. */
  @Serial
  private Object writeReplace() {
    return new Form(this);
  }

  /** The serialized form of a source map. */
  private static final class Form implements Serializable {
    @Serial private static final long serialVersionUID = 1L;

    private transient SourceMap map;

    Form(SourceMap map) {
      this.map = map;
    }

    @Serial
    private void writeObject(ObjectOutputStream out) throws IOException {
      out.writeObject(map.file());
      out.writeInt(map.locations().size());
      for (Map.Entry<String, Location> e : map.locations().entrySet()) {
        Location l = e.getValue();
        out.writeUTF(e.getKey());
        out.writeObject(l.file());
        out.writeInt(l.line());
        out.writeInt(l.column());
      }
    }

    @Serial
    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      String file = (String) in.readObject();
      int n = in.readInt();
      Map<String, Location> locations = new HashMap<>(Math.max(16, n * 2));
      for (int i = 0; i < n; i++) {
        String path = in.readUTF();
        String at = (String) in.readObject();
        locations.put(path, new Location(at, in.readInt(), in.readInt()));
      }
      map = new SourceMap(file, locations);
    }

    @Serial
    private Object readResolve() {
      return map;
    }
  }

  /** Whether the path was written in the source. */
  public boolean has(String path) {
    return locations.containsKey(path);
  }

  /** The location of a path, or of its nearest written parent, or the file's start. */
  public Location at(String path) {
    String p = path;
    while (!p.isEmpty()) {
      Location l = locations.get(p);
      if (l != null) {
        return l;
      }
      int cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
      p = cut < 0 ? "" : p.substring(0, cut);
    }
    return Location.of(file);
  }
}
