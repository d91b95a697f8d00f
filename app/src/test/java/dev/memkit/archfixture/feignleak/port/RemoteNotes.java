package dev.memkit.archfixture.feignleak.port;

import feign.RequestLine;

/** Breaks "Feign and Jackson live only in adapters": a port annotated for Feign. */
public interface RemoteNotes {
  @RequestLine("GET /notes")
  String list();
}
