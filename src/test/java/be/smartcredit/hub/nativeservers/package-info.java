/**
 * The packaged hub in its production set-up against native servers on loopback (PostgreSQL, Artemis, OpenSSH's
 * sftp server, GreenMail), started by {@code .ci/native-servers} and run with the {@code native-servers} profile.
 */
package be.smartcredit.hub.nativeservers;
