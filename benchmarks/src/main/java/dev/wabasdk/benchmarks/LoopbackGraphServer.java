package dev.wabasdk.benchmarks;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A minimal HTTP/1.1 keep-alive server on loopback that answers every request with Meta's send response for the
 * request's recipient. One platform thread per connection and no parsing beyond finding {@code "to"} keep it from
 * being the bottleneck; the SDK and the raw OkHttp baseline talk to the same server, so both pay the same cost.
 */
public final class LoopbackGraphServer implements AutoCloseable {

  private static final byte[] TO = "\"to\":\"".getBytes(StandardCharsets.US_ASCII);

  private final ServerSocket server;
  private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
  private volatile byte[] lastBody = new byte[0];
  private volatile String lastRequestHead = "";

  private LoopbackGraphServer(ServerSocket server) {
    this.server = server;
  }

  /** Starts the server on a free loopback port. */
  public static LoopbackGraphServer start() throws IOException {
    LoopbackGraphServer s = new LoopbackGraphServer(new ServerSocket(0, 128, InetAddress.getLoopbackAddress()));
    Thread acceptor = new Thread(s::accept, "loopback-graph-accept");
    acceptor.setDaemon(true);
    acceptor.start();
    return s;
  }

  /** The base URL to give the client, ending in a slash. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getLocalPort() + "/";
  }

  /** The body of the most recent request (for tests that compare the SDK's request with the baseline's). */
  public byte[] lastBody() {
    return lastBody;
  }

  /** The request line and headers of the most recent request. */
  public String lastRequestHead() {
    return lastRequestHead;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        socket.setTcpNoDelay(true);
        connections.add(socket);
        Thread worker = new Thread(() -> serve(socket), "loopback-graph-conn");
        worker.setDaemon(true);
        worker.start();
      } catch (IOException e) {
        return; // closed
      }
    }
  }

  private void serve(Socket socket) {
    try (socket) {
      InputStream in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
      OutputStream out = socket.getOutputStream();
      StringBuilder line = new StringBuilder(128);
      while (true) {
        // Request line and headers: only Content-Length matters.
        int contentLength = 0;
        StringBuilder head = new StringBuilder(512);
        boolean first = true;
        while (true) {
          if (!readLine(in, line)) {
            return; // the client closed the connection
          }
          if (line.length() == 0) {
            if (first) {
              continue;
            }
            break;
          }
          first = false;
          head.append(line).append('\n');
          if (line.length() > 15 && line.substring(0, 15).equalsIgnoreCase("content-length:")) {
            contentLength = Integer.parseInt(line.substring(15).trim());
          }
        }
        byte[] body = in.readNBytes(contentLength);
        if (body.length < contentLength) {
          return;
        }
        lastBody = body;
        lastRequestHead = head.toString();
        out.write(response(recipient(body)));
        out.flush();
      }
    } catch (SocketException closed) {
      // the client or close() dropped the connection
    } catch (IOException e) {
      // same: nothing to answer
    } finally {
      connections.remove(socket);
    }
  }

  /**
   * Meta's answer to a send (cloud-api.md §2.1) for {@code to}: like Meta, it names the recipient's own
   * {@code wa_id}, so the policy engine links each number only to itself.
   */
  public static String sendResponse(String to) {
    return "{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"" + to + "\",\"wa_id\":\"" + to
        + "\"}],\"messages\":[{\"id\":\"wamid.HBgLMTY1MDU1NTEyMzQVAgARGBI5QTNDQTVCM0Q0Q0Q2RTY3RTcA\"}]}";
  }

  private static byte[] response(String to) {
    byte[] json = sendResponse(to).getBytes(StandardCharsets.UTF_8);
    byte[] head = ("HTTP/1.1 200 OK\r\nContent-Type: application/json; charset=UTF-8\r\nContent-Length: "
        + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
    byte[] response = new byte[head.length + json.length];
    System.arraycopy(head, 0, response, 0, head.length);
    System.arraycopy(json, 0, response, head.length, json.length);
    return response;
  }

  /** The value of the body's {@code "to"} field (digits), or "0" when there is none. */
  static String recipient(byte[] body) {
    outer:
    for (int i = 0; i + TO.length <= body.length; i++) {
      for (int j = 0; j < TO.length; j++) {
        if (body[i + j] != TO[j]) {
          continue outer;
        }
      }
      int start = i + TO.length;
      int end = start;
      while (end < body.length && body[end] != '"') {
        end++;
      }
      return new String(body, start, end - start, StandardCharsets.US_ASCII);
    }
    return "0";
  }

  /** Reads one CRLF-terminated line (ASCII) into {@code line}; false at end of stream. */
  private static boolean readLine(InputStream in, StringBuilder line) throws IOException {
    line.setLength(0);
    while (true) {
      int b = in.read();
      if (b < 0) {
        return false;
      }
      if (b == '\n') {
        int last = line.length() - 1;
        if (last >= 0 && line.charAt(last) == '\r') {
          line.setLength(last);
        }
        return true;
      }
      line.append((char) b);
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    for (Socket socket : connections) {
      socket.close();
    }
  }
}
