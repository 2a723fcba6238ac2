resource "aws_load_balancer_policy" "ssl" {
  load_balancer_name = "legacy"
  policy_name        = "modern-ssl"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Protocol-TLSv1.2"
    value = "true"
  }
  policy_attribute {
    name  = "Protocol-TLSv1"
    value = "false"
  }
}
