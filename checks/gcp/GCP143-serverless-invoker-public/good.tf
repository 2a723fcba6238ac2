variable "member" {
  type = string
}

resource "google_cloud_run_v2_service_iam_member" "team" {
  project  = "acme-prod"
  location = "europe-west1"
  name     = "api"
  role     = "roles/run.invoker"
  member   = "serviceAccount:frontend@acme-prod.iam.gserviceaccount.com"
}

resource "google_cloud_run_service_iam_binding" "team" {
  project  = "acme-prod"
  location = "europe-west1"
  service  = "reports"
  role     = "roles/run.invoker"
  members  = ["serviceAccount:frontend@acme-prod.iam.gserviceaccount.com"]
}

# Unknown here: no finding.
resource "google_cloud_run_v2_service_iam_member" "from_variable" {
  project  = "acme-prod"
  location = "europe-west1"
  name     = "api"
  role     = "roles/run.invoker"
  member   = var.member
}
