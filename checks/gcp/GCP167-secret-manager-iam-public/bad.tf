resource "google_secret_manager_secret_iam_member" "public" {
  project   = "acme-prod"
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  member    = "allUsers" # expect: GCP167
}

resource "google_secret_manager_secret_iam_binding" "signed_in" {
  project   = "acme-prod"
  secret_id = "api-token"
  role      = "roles/secretmanager.secretAccessor"
  members   = ["serviceAccount:app@acme-prod.iam.gserviceaccount.com", "allAuthenticatedUsers"] # expect: GCP167
}
