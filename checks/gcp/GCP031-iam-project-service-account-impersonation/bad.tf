resource "google_project_iam_member" "deployers" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountUser" # expect: GCP031
  member  = "group:deployers@acme.example"
}

resource "google_project_iam_binding" "token_creators" {
  project = "acme-prod"
  role    = "roles/iam.serviceAccountTokenCreator" # expect: GCP031
  members = ["serviceAccount:ci@acme-prod.iam.gserviceaccount.com"]
}
