/**
 * Meta's Resumable Upload API: upload a file once, streamed, resuming a broken transfer at the offset Meta reports,
 * and get the file handle that template media header examples and the business profile picture take. Obtain
 * {@link dev.wabasdk.upload.ResumableUploadApi} from {@code WhatsApp.uploads()}.
 */
@NullMarked
package dev.wabasdk.upload;

import org.jspecify.annotations.NullMarked;
