variable "readers" {
  type = list(string)
}

data "google_iam_policy" "reports" {
  binding {
    role    = "roles/storage.objectViewer"
    members = ["group:reporting@acme.example"]
  }
}

# Unknown here: no finding.
data "google_iam_policy" "from_variable" {
  binding {
    role    = "roles/cloudkms.cryptoKeyDecrypter"
    members = var.readers
  }
}
