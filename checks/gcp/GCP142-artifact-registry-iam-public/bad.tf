resource "google_artifact_registry_repository_iam_member" "public" {
  project    = "acme-prod"
  location   = "europe"
  repository = "images"
  role       = "roles/artifactregistry.reader"
  member     = "allUsers" # expect: GCP142
}

resource "google_artifact_registry_repository_iam_binding" "signed_in" {
  project    = "acme-prod"
  location   = "europe"
  repository = "charts"
  role       = "roles/artifactregistry.reader"
  members    = ["serviceAccount:deployer@acme-prod.iam.gserviceaccount.com", "allAuthenticatedUsers"] # expect: GCP142
}
