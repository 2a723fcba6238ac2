resource "aws_waf_web_acl" "edge" { # expect: AWS336
  name        = "edge"
  metric_name = "edge"
  default_action {
    type = "ALLOW"
  }
}
