package dev.candor.parallel;

import dev.candor.problem.InvalidInputException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Runs independent rendering tasks on every core and hands back their results in the order the
 * tasks were given, so what is written never depends on which thread finished first.
 */
public final class Parallel {
  /** One piece of work; it must not touch shared mutable state. */
  public interface Task<T> {
    T call() throws IOException, InvalidInputException;
  }

  private Parallel() {}

  /** The number of threads a run uses: one per core the JVM may use. */
  public static int threads() {
    return Runtime.getRuntime().availableProcessors();
  }

  /**
   * Runs every task, at most {@link #threads()} at once, and returns their results in task order.
   * When tasks fail, the failure of the first one in task order is thrown, as it was.
   */
  public static <T> List<T> run(List<? extends Task<T>> tasks)
      throws IOException, InvalidInputException {
    try (Pending<T> p = start(tasks)) {
      return p.join();
    }
  }

  /**
   * Starts the tasks in the background, so the caller can do other work meanwhile; with one core or
   * one task they run on the caller's thread when it joins.
   */
  public static <T> Pending<T> start(List<? extends Task<T>> tasks) {
    int threads = Math.min(threads(), tasks.size());
    if (threads <= 1) {
      return new Pending<>(null, List.copyOf(tasks), List.of());
    }
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Daemons());
    List<Future<T>> futures = new ArrayList<>(tasks.size());
    for (Task<T> t : tasks) {
      futures.add(pool.submit(t::call));
    }
    return new Pending<>(pool, List.of(), futures);
  }

  /** Tasks under way; closing it stops those not yet finished. */
  public static final class Pending<T> implements AutoCloseable {
    private final ExecutorService pool;
    private final List<Task<T>> inline;
    private final List<Future<T>> futures;

    private Pending(ExecutorService pool, List<Task<T>> inline, List<Future<T>> futures) {
      this.pool = pool;
      this.inline = inline;
      this.futures = futures;
    }

    /** Waits for every task; their results in task order, or the first failure in task order. */
    public List<T> join() throws IOException, InvalidInputException {
      return join(r -> {});
    }

    /**
     * Waits for every task, handing each result to {@code each} on the caller's thread, in task
     * order, as soon as it and those before it are done.
     */
    public List<T> join(Consumer<? super T> each) throws IOException, InvalidInputException {
      List<T> out = new ArrayList<>();
      for (Task<T> t : inline) {
        T r = t.call();
        each.accept(r);
        out.add(r);
      }
      for (Future<T> f : futures) {
        T r = result(f, pool);
        each.accept(r);
        out.add(r);
      }
      return out;
    }

    @Override
    public void close() {
      if (pool != null) {
        pool.shutdownNow();
      }
    }
  }

  private static <T> T result(Future<T> f, ExecutorService pool)
      throws IOException, InvalidInputException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering", e);
    } catch (ExecutionException e) {
      pool.shutdownNow();
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof InvalidInputException bad) {
        throw bad;
      }
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      if (cause instanceof Error err) {
        throw err;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so a pool never keeps the process alive after the command is done. */
  private static final class Daemons implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "candor-render-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
