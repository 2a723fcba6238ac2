resource "aws_dlm_lifecycle_policy" "copy" {
  description        = "copy shared snapshots"
  execution_role_arn = "arn:aws:iam::111122223333:role/dlm"
  policy_details {
    policy_type = "EVENT_BASED_POLICY"

    action {
      name = "copy"
      cross_region_copy { # expect: AWS410
        target = "eu-central-1"
        encryption_configuration {}
        retain_rule {
          interval      = 7
          interval_unit = "DAYS"
        }
      }
    }

    event_source {
      type = "MANAGED_CWE"
      parameters {
        description_regex = "^.*$"
        event_type        = "shareSnapshot"
        snapshot_owner    = ["444455556666"]
      }
    }
  }
}
