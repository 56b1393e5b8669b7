"""Sending reports up and gathering them: the commune exports one signed .xlsx per report, the city
(or the ministry) imports the files of its units, sees who reported and consolidates them.

The file is an ordinary workbook a person can read (sheets laid out like the report's tables), with
three more parts inside its zip that a spreadsheet program ignores:

- ``baocao/data.json``: the report document (canonical JSON): the machine truth that is imported;
- ``baocao/manifest.json``: format, template, unit, period, revision, the previous revision's hash,
  time of export, app version, the installation's public key and the SHA-256 of every other part;
- ``baocao/manifest.sig``: the Ed25519 signature of manifest.json by the installation's key.
"""
