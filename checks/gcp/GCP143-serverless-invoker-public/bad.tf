resource "google_cloud_run_v2_service_iam_member" "public" {
  project  = "acme-prod"
  location = "europe-west1"
  name     = "api"
  role     = "roles/run.invoker"
  member   = "allUsers" # expect: GCP143
}

resource "google_cloud_run_service_iam_binding" "signed_in" {
  project  = "acme-prod"
  location = "europe-west1"
  service  = "reports"
  role     = "roles/run.invoker"
  members  = ["serviceAccount:frontend@acme-prod.iam.gserviceaccount.com", "allAuthenticatedUsers"] # expect: GCP143
}
