"""What a visitor category may do: the grant rule, the allowances, the session rules, the categories."""
