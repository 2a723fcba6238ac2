variable "member" {
  type = string
}

resource "google_secret_manager_secret_iam_member" "team" {
  project   = "acme-prod"
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  member    = "serviceAccount:app@acme-prod.iam.gserviceaccount.com"
}

resource "google_secret_manager_secret_iam_binding" "team" {
  project   = "acme-prod"
  secret_id = "api-token"
  role      = "roles/secretmanager.secretAccessor"
  members   = ["serviceAccount:app@acme-prod.iam.gserviceaccount.com"]
}

# Unknown here: no finding.
resource "google_secret_manager_secret_iam_member" "from_variable" {
  project   = "acme-prod"
  secret_id = "db-password"
  role      = "roles/secretmanager.secretAccessor"
  member    = var.member
}
