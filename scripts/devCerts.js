// HTTPS options for `npm run dev-server`. office-addin-dev-certs creates a developer CA and a
// localhost certificate and installs the CA in the system's trust store; on Windows and macOS it
// does both. On Linux its install step runs `sudo` and fails (no terminal, no sudo, or no
// supported store), which used to kill the dev server with a stack trace. Here that failure is
// caught: the certificates are generated (or reused while valid) without installing anything,
// the server starts, and the one command that makes Chrome/Chromium trust the CA is printed.
const fs = require("node:fs");

function trustCommand(caPath) {
  // Chrome and Chromium on Linux read the user's NSS database, not the system store.
  return `certutil -d sql:$HOME/.pki/nssdb -A -t "C,," -n "Office Add-in Dev CA" -i ${caPath}`;
}

function readOptions(d) {
  return {
    ca: fs.readFileSync(d.caCertificatePath),
    cert: fs.readFileSync(d.localhostCertificatePath),
    key: fs.readFileSync(d.localhostKeyPath),
  };
}

/** Valid for at least another day (the localhost certificate lives 30 days). */
function stillValid(certPath) {
  try {
    const { X509Certificate } = require("node:crypto");
    const cert = new X509Certificate(fs.readFileSync(certPath));
    return new Date(cert.validTo).getTime() > Date.now() + 86_400_000;
  } catch {
    return false;
  }
}

async function httpsOptions(log = console.log) {
  const devCerts = require("office-addin-dev-certs");
  const defaults = require("office-addin-dev-certs/lib/defaults");
  try {
    return await devCerts.getHttpsServerOptions();
  } catch (e) {
    if (!stillValid(defaults.localhostCertificatePath)) {
      await devCerts.generateCertificates(
        defaults.caCertificatePath,
        defaults.localhostCertificatePath,
        defaults.localhostKeyPath,
        defaults.daysUntilCertificateExpires,
        defaults.domain
      );
    }
    log(
      [
        "",
        `Udviklercertifikatet kunne ikke installeres automatisk (${e instanceof Error ? e.message.split("\n")[0] : e}).`,
        `Certifikaterne ligger i ${defaults.certificateDirectory}; serveren starter alligevel.`,
        "Kør denne kommando én gang, så Chrome/Chromium stoler på dem (pakken libnss3-tools):",
        "",
        `  ${trustCommand(defaults.caCertificatePath)}`,
        "",
      ].join("\n")
    );
    return readOptions(defaults);
  }
}

module.exports = { httpsOptions, trustCommand };
