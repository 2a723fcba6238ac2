resource "aws_load_balancer_policy" "ssl" {
  load_balancer_name = "legacy"
  policy_name        = "modern-ssl"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "ECDHE-RSA-AES128-GCM-SHA256"
    value = "true"
  }
  policy_attribute {
    name  = "RC4-SHA"
    value = "false"
  }
}
