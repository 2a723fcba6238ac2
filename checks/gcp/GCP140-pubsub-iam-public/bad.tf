resource "google_pubsub_topic_iam_member" "public" {
  project = "acme-prod"
  topic   = "orders"
  role    = "roles/pubsub.subscriber"
  member  = "allUsers" # expect: GCP140
}

resource "google_pubsub_subscription_iam_binding" "signed_in" {
  project      = "acme-prod"
  subscription = "orders-audit"
  role         = "roles/pubsub.subscriber"
  members      = ["serviceAccount:audit@acme-prod.iam.gserviceaccount.com", "allAuthenticatedUsers"] # expect: GCP140
}
