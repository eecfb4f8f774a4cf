/**
 * Media: upload files for messages, retrieve the URL of uploaded or received media, download it streamed with its
 * integrity checked, and delete it. Obtain {@link dev.wabasdk.media.MediaApi} from {@code WhatsApp.media()}.
 */
@NullMarked
package dev.wabasdk.media;

import org.jspecify.annotations.NullMarked;
