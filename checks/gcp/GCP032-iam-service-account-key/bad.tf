# The account is another resource's attribute, unknown here: the key is still user-managed.
resource "google_service_account" "ci" {
  account_id = "ci"
}

resource "google_service_account_key" "ci" { # expect: GCP032
  service_account_id = google_service_account.ci.name
}
