/**
 * The WhatsApp Calling API: the phone number's call settings, user-initiated calls (pre-accept, accept, reject,
 * terminate with the app's SDP answer), business-initiated calls (connect with an SDP offer once the user granted a
 * call permission) and the call permission state. The SDK carries the signalling only: the WebRTC media (ICE, DTLS,
 * SRTP, the audio itself) is the app's, which builds the SDP offers and answers with its own WebRTC stack.
 */
@NullMarked
package dev.wabasdk.calling;

import org.jspecify.annotations.NullMarked;
