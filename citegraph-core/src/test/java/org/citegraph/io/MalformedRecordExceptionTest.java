package org.citegraph.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import org.citegraph.model.SourceRef;
import org.junit.jupiter.api.Test;

class MalformedRecordExceptionTest {

  @Test
  void theIssueSurvivesSerialization() throws Exception {
    IngestIssue issue = new IngestIssue(new SourceRef("papers.jsonl", 41), IngestIssue.Action.REJECTED,
        "expected a JSON object, found '['");
    MalformedRecordException original = new MalformedRecordException(issue);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(original);
    }
    MalformedRecordException copy;
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (MalformedRecordException) in.readObject();
    }
    assertEquals(issue, copy.issue());
    assertEquals(original.getMessage(), copy.getMessage());
  }
}
