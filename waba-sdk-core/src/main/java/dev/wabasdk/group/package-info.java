/**
 * The WhatsApp Groups API: create groups (an invite link lets users join; nobody can be added directly), read and
 * reset the invite link, list groups (all at once or page by page), read a group's info, change its subject,
 * description and photo, remove participants, approve or reject join requests, and delete a group. Messages go to a
 * group with {@code Recipient.group(groupId)} through the ordinary messages API, pins too ({@code Message.pin(..)}).
 */
@NullMarked
package dev.wabasdk.group;

import org.jspecify.annotations.NullMarked;
