package dev.wstutor.socketio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void aTreeInWhichNothingIsSwappedComesBackAsItIsWithoutACopy() throws Exception {
        JsonNode tree = Json.parse("[\"message\",{\"n\":1,\"text\":\"hello\",\"list\":[1,2,{\"a\":null}]}]");

        assertSame(tree, Json.map(tree, n -> null));
    }

    @Test
    void onlyThePathToASwappedNodeIsCopiedAndTheOriginalStaysUnchanged() throws Exception {
        JsonNode tree = Json.parse("[\"e\",{\"keep\":[1,2],\"x\":\"old\",\"after\":true},{\"other\":1}]");

        JsonNode mapped = Json.map(tree, n -> n.isTextual() && n.asText().equals("old") ? TextNode.valueOf("new") : null);

        assertEquals(Json.parse("[\"e\",{\"keep\":[1,2],\"x\":\"new\",\"after\":true},{\"other\":1}]"), mapped);
        assertEquals("[\"e\",{\"keep\":[1,2],\"x\":\"new\",\"after\":true},{\"other\":1}]", Json.write(mapped),
                "the keys keep their order");
        assertEquals(Json.parse("[\"e\",{\"keep\":[1,2],\"x\":\"old\",\"after\":true},{\"other\":1}]"), tree);
        assertNotSame(tree.get(1), mapped.get(1));
        assertSame(tree.get(1).get("keep"), mapped.get(1).get("keep"), "an untouched branch is shared");
        assertSame(tree.get(2), mapped.get(2));
    }
}
