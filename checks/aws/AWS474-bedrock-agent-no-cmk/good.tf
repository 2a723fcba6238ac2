resource "aws_bedrockagent_agent" "support" {
  agent_name                  = "support"
  agent_resource_role_arn     = "arn:aws:iam::123456789012:role/bedrock-agent"
  foundation_model            = "anthropic.claude-3-5-sonnet-20240620-v1:0"
  instruction                 = "Answer questions about orders using the order lookup action only."
  customer_encryption_key_arn = aws_kms_key.bedrock.arn
}
