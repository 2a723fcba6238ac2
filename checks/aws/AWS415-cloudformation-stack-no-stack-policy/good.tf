resource "aws_cloudformation_stack" "network" {
  name          = "network"
  template_body = file("${path.module}/network.yaml")
  policy_body = jsonencode({
    Statement = [
      { Effect = "Deny", Action = ["Update:Replace", "Update:Delete"], Principal = "*", Resource = "LogicalResourceId/Database" },
      { Effect = "Allow", Action = "Update:*", Principal = "*", Resource = "*" }
    ]
  })
}

resource "aws_cloudformation_stack" "remote_policy" {
  name          = "remote"
  template_url  = "https://example-bucket.s3.amazonaws.com/stack.yaml"
  policy_url    = "https://example-bucket.s3.amazonaws.com/stack-policy.json"
}
